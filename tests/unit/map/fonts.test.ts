import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { TEST_BASEMAP_URLS } from './basemap-urls';
import { describe, expect, it } from 'vitest';
import { NOTO_SANS_FILES, fontFaces, japaneseFaces } from '../../../src/lib/map/fonts';
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
