import { describe, expect, it } from 'vitest';
import { round, simplifyLine, simplifyRing } from '../../../src/lib/data/simplify';

describe('simplify', () => {
	it('drops vertices within the tolerance and keeps the ends and the corners', () => {
		const line = [
			[0, 0],
			[1, 0.001],
			[2, 0],
			[2, 1],
			[2.0005, 2]
		];
		expect(simplifyLine(line, 0.01)).toEqual([
			[0, 0],
			[2, 0],
			[2.0005, 2]
		]);
		expect(simplifyLine(line, 0.0001)).toHaveLength(5);
	});

	it('gives up a ring that would collapse below a triangle', () => {
		const sliver = [
			[0, 0],
			[1, 0.0001],
			[2, 0],
			[0, 0]
		];
		expect(simplifyRing(sliver, 0.01)).toBeNull();
		const square = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(simplifyRing(square, 0.01)).toEqual(square);
	});

	it('rounds nested coordinates', () => {
		expect(round([[[1.23456, 2.34567]]], 2)).toEqual([[[1.23, 2.35]]]);
	});
});
