import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { TEST_BASEMAP_URLS } from './basemap-urls';
import { describe, expect, it } from 'vitest';
import {
	HASHED_FONT_FILE,
	NOTO_SANS_FILES,
	facesFor,
	fontFaceCss,
	fontFaces,
	japaneseFaces,
	parseFontFaceCss,
	rangesCover
} from '../../../src/lib/map/fonts';
import { embeddedBasemapStyle, localName } from '../../../src/lib/map/style';

const require = createRequire(import.meta.url);
const published = (pkg: string): Record<string, string> =>
	JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), 'utf8'));

describe('label font files', () => {
	it('declare the ranges @fontsource publishes for each Noto Sans file', () => {
		const ranges = published('@fontsource/noto-sans');
		for (const f of NOTO_SANS_FILES) {
			const subset = /^noto-sans-(.+)-400-normal\.woff2$/.exec(f.file)![1]!;
			expect(f.ranges.join(','), f.file).toBe(ranges[subset]);
		}
	});
	it('cover Cyrillic and kana with a file each, Latin before the Japanese subsets', () => {
		const jp = published('@fontsource/noto-sans-jp');
		const files = Object.entries(jp)
			.filter(([k]) => /^\[\d+\]$/.test(k))
			.map(([k, v]) => ({ file: `jp-${k}.woff2`, ranges: v.split(',') }));
		const faces = [
			...fontFaces((f) => `https://x.test/fonts/${f}`),
			...japaneseFaces('https://x.test/fonts/noto-sans-jp.json', files)
		];
		const first = (cp: number) =>
			faces.find((f) =>
				f['unicode-range'].some((r) => {
					const [a, b] = r
						.slice(2)
						.split('-')
						.map((h) => parseInt(h, 16));
					return cp >= a! && cp <= (b ?? a)!;
				})
			)?.url;
		expect(first('A'.codePointAt(0)!)).toMatch(/noto-sans-latin-400/);
		expect(first('Ж'.codePointAt(0)!)).toMatch(/noto-sans-cyrillic-400/);
		expect(first('カ'.codePointAt(0)!)).toMatch(/^https:\/\/x\.test\/fonts\/jp-\[\d+\]\.woff2$/);
		expect(first('東'.codePointAt(0)!)).toMatch(/jp-/);
	});
});

describe('Noto Sans JP, one copy for the UI and the map', () => {
	const css = (weight: number) =>
		readFileSync(require.resolve(`@fontsource/noto-sans-jp/${weight}.css`), 'utf8');

	it('reads every woff2 face of @fontsource’s stylesheets, with the ranges it publishes', () => {
		const jp = published('@fontsource/noto-sans-jp');
		const faces = parseFontFaceCss(css(400));
		expect(faces.length).toBe(Object.keys(jp).length);
		expect(faces.every((f) => f.file.endsWith('.woff2') && f.weight === 400)).toBe(true);
		const five = faces.find((f) => f.file === 'noto-sans-jp-5-400-normal.woff2')!;
		expect(five.ranges.join(',')).toBe(jp['[5]']);
		expect(parseFontFaceCss(css(700)).every((f) => f.weight === 700)).toBe(true);
	});

	it('writes a stylesheet that reads back the same faces', () => {
		const faces = parseFontFaceCss(css(700)).slice(0, 3);
		const written = fontFaceCss('Noto Sans JP', faces);
		expect(parseFontFaceCss(written)).toEqual(faces);
		expect(written).toContain("font-family:'Noto Sans JP'");
		expect(written).not.toMatch(/\.woff\)/);
	});

	it('finds the faces a text needs', () => {
		expect(rangesCover(['U+41-5A'], 'Q'.codePointAt(0)!)).toBe(true);
		expect(rangesCover(['U+4??'], 0x4af)).toBe(true);
		expect(rangesCover(['U+30', 'U+41-5A'], 0x31)).toBe(false);
		const faces = [400, 700].flatMap((w) => parseFontFaceCss(css(w)));
		const name = facesFor(faces, '日本語');
		expect(name.length).toBeGreaterThan(0);
		expect(name.length).toBeLessThanOrEqual(6);
		for (const c of '日本語')
			expect(name.some((f) => f.weight === 400 && rangesCover(f.ranges, c.codePointAt(0)!))).toBe(
				true
			);
	});

	it('knows a content-hashed font file', () => {
		expect(HASHED_FONT_FILE.test('/fonts/noto-sans-jp-93-400-normal.cb44ecb3.woff2')).toBe(true);
		expect(HASHED_FONT_FILE.test('/atlas/fonts/noto-sans-jp-latin-700-normal.1baabeed.woff2')).toBe(
			true
		);
		expect(HASHED_FONT_FILE.test('/fonts/noto-sans-latin-400-normal.woff2')).toBe(false);
	});
});

describe('country and sea names by language', () => {
	const urls = TEST_BASEMAP_URLS;
	const field = (locale: string, id: string) =>
		(
			embeddedBasemapStyle(urls, locale).layers.find((l) => l.id === id) as {
				layout: { 'text-field': unknown };
			}
		).layout['text-field'];
	it('use the Japanese or Russian name where the label has one, else the English one', () => {
		expect(field('ja', 'country-labels')).toEqual(localName('ja'));
		expect(localName('ru')).toEqual(['coalesce', ['get', 'name_ru'], ['get', 'name']]);
		expect(field('ru', 'sea-labels')).toEqual(localName('ru'));
		expect(field('en', 'country-labels')).toEqual(['get', 'name']);
	});
});
