import { describe, expect, it } from 'vitest';
import { FOCUS_ZOOM, LINE_FOCUS_MAX_ZOOM, focusZoom } from '../../../src/lib/state/focus';
import { PLACE_BANDS } from '../../../src/lib/data/basemap-bands';
import { LOCATION_PRECISIONS } from '../../../src/lib/data/vocab';

describe('focus zoom', () => {
	it('gives every location precision a zoom, closer the better the place is known', () => {
		for (const p of LOCATION_PRECISIONS) expect(FOCUS_ZOOM[p]).toBeGreaterThan(0);
		expect(FOCUS_ZOOM.exact).toBeGreaterThanOrEqual(FOCUS_ZOOM.city);
		expect(FOCUS_ZOOM.city).toBeGreaterThan(FOCUS_ZOOM.region);
		expect(FOCUS_ZOOM.region).toBeGreaterThan(FOCUS_ZOOM.country);
	});

	it('opens a site where the towns around it are drawn and named', () => {
		// Towns of 10,000 or more (the third band) are drawn from their zoom on.
		const towns = PLACE_BANDS.find((b) => b.minPopulation === 10_000)!;
		expect(focusZoom('exact')).toBeGreaterThanOrEqual(towns.loadZoom);
		expect(focusZoom('approximate-site')).toBeGreaterThanOrEqual(towns.loadZoom);
		expect(focusZoom('city')).toBeGreaterThanOrEqual(towns.loadZoom);
		expect(LINE_FOCUS_MAX_ZOOM).toBeGreaterThanOrEqual(towns.loadZoom);
	});

	it('treats a record without a precision as a site', () => {
		expect(focusZoom(undefined)).toBe(FOCUS_ZOOM.exact);
	});
});
