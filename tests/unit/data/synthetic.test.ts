import { describe, expect, it } from 'vitest';
import { parseGeodata } from '../../../src/lib/data/load';
import { syntheticProjects } from '../../../scripts/synthetic';

describe('the benchmark data', () => {
	it('passes the projects schema, so benchmarks measure drawn records, not an empty layer', () => {
		const parsed = parseGeodata('projects', syntheticProjects(50));
		expect(parsed.ok).toBe(true);
		if (parsed.ok) {
			expect(parsed.dropped).toEqual([]);
			expect(parsed.value.features).toHaveLength(50);
		}
	});
});
