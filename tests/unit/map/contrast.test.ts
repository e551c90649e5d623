import { TEST_BASEMAP_URLS } from './basemap-urls';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS as C } from '../../../src/lib/map/palette';
import { embeddedBasemapStyle } from '../../../src/lib/map/style';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const urls = TEST_BASEMAP_URLS;
const layer = (id: string) =>
	embeddedBasemapStyle(urls).layers.find((l) => l.id === id) as {
		paint: Record<string, unknown>;
	};
/** Every colour a paint value can take: a literal, or the outputs of a case/match expression. */
function colours(value: unknown): string[] {
	if (typeof value === 'string') return /^#[0-9a-f]{6}$/i.test(value) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(colours);
	return [];
}

describe('basemap label contrast (WCAG AA, 4.5:1)', () => {
	it('computes contrast as WCAG does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		// The sea labels as they were before this check: 3.57:1, the failure reported in issue 13.
		expect(contrast('#3f6d8c', '#b9d3e3')).toBeCloseTo(3.57, 2);
	});

	it('sea labels on the sea and on lakes, with their halo', () => {
		const paint = layer('sea-labels').paint;
		const text = colours(paint['text-color']);
		expect(text.length).toBeGreaterThan(0);
		for (const t of text)
			for (const bg of [C.sea, C.water, ...colours(paint['text-halo-color'])])
				expect(contrast(t, bg), `${t} on ${bg}`).toBeGreaterThanOrEqual(4.5);
	});

	it('country and town labels on every land colour and on their halo', () => {
		for (const id of [
			'country-labels',
			'country-labels-other',
			'towns-0-labels',
			'towns-3-labels',
			'rail-stations-labels'
		]) {
			const paint = layer(id).paint;
			const text = colours(paint['text-color']);
			expect(text.length).toBeGreaterThan(0);
			for (const t of text)
				for (const bg of [C.land, C.landFocus, ...colours(paint['text-halo-color'])])
					expect(contrast(t, bg), `${id}: ${t} on ${bg}`).toBeGreaterThanOrEqual(4.5);
		}
	});
});
