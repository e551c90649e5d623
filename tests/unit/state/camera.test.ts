import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundCamera, sameView } from '../../../src/lib/state/camera';
import type { Camera } from '../../../src/lib/state/view';

const tashkent: Camera = { lon: 69.2401, lat: 41.2995, zoom: 11, bearing: 0, pitch: 0 };

describe('sameView', () => {
	it('treats a camera and its rounded form as the same view', () => {
		const cameraArb = fc.record({
			lon: fc.double({ min: -180, max: 180, noNaN: true }),
			lat: fc.double({ min: -85, max: 85, noNaN: true }),
			zoom: fc.double({ min: 1.5, max: 14, noNaN: true }),
			bearing: fc.double({ min: -179.9, max: 180, noNaN: true }),
			pitch: fc.double({ min: 0, max: 60, noNaN: true })
		});
		fc.assert(fc.property(cameraArb, (c) => sameView(c, roundCamera(c))));
	});

	it('tells apart views a link would tell apart', () => {
		expect(sameView(tashkent, { ...tashkent, lon: tashkent.lon + 0.01 })).toBe(false);
		expect(sameView(tashkent, { ...tashkent, zoom: 11.5 })).toBe(false);
		expect(sameView(tashkent, { ...tashkent, bearing: 30 })).toBe(false);
		expect(sameView(tashkent, { ...tashkent, pitch: 20 })).toBe(false);
	});

	it('counts bearings across ±180° as close', () => {
		expect(sameView({ ...tashkent, bearing: 180 }, { ...tashkent, bearing: -179.98 })).toBe(true);
	});
});
