import { describe, expect, it } from 'vitest';
import { EMBED_SIZES, embedSnippet, type EmbedSize } from '../../../src/lib/state/embed-snippet';
import { describeFilters } from '../../../src/lib/state/filters';
import { EMPTY_FILTERS } from '../../../src/lib/state/view';

/** Parses a snippet as a browser would, to read the frame's attributes (no regex on HTML). */
function frameOf(html: string) {
	const m = /^(?:<div style="([^"]*)">)?<iframe ([^>]*)><\/iframe>(?:<\/div>)?$/.exec(html);
	expect(m, html).not.toBeNull();
	const attrs = Object.fromEntries(
		[...m![2]!.matchAll(/(\w+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? ''])
	);
	return { wrapper: m![1] ?? null, attrs };
}

describe('embed snippet', () => {
	const url = 'https://atlas.example/?country=UZB&embed=1&v=1';

	it('fills the column at the chosen aspect ratio', () => {
		const { wrapper, attrs } = frameOf(embedSnippet(url, 'wide'));
		expect(wrapper).toContain('width:100%');
		expect(wrapper).toContain('aspect-ratio:16/9');
		expect(attrs.style).toContain('width:100%;height:100%');
		expect(attrs.width).toBeUndefined();
		expect(attrs.src).toBe('https://atlas.example/?country=UZB&amp;embed=1&amp;v=1');
		expect(attrs.title).toBe('Corridor Atlas map');
		// The frame's name in the reader's language, escaped like the rest.
		const titled = frameOf(embedSnippet(url, 'small', undefined, 'Карта "Corridor Atlas"')).attrs;
		expect(titled.title).toBe('Карта &quot;Corridor Atlas&quot;');
		expect(frameOf(embedSnippet(url, 'classic')).wrapper).toContain('aspect-ratio:4/3');
	});

	it('gives fixed presets their size and clamps a custom one', () => {
		expect(frameOf(embedSnippet(url, 'small')).attrs).toMatchObject({
			width: '480',
			height: '360'
		});
		expect(frameOf(embedSnippet(url, 'large')).attrs).toMatchObject({
			width: '1200',
			height: '700'
		});
		const custom = frameOf(embedSnippet(url, 'custom', { width: 50, height: 99999 })).attrs;
		expect(custom).toMatchObject({ width: '200', height: '2000' });
		expect(frameOf(embedSnippet(url, 'custom', { width: NaN, height: 640.4 })).attrs).toMatchObject(
			{ width: '600', height: '640' }
		);
	});

	it('keeps a hostile URL inside its attribute', () => {
		const html = embedSnippet('https://x/?q="><script>alert(1)</script>', 'medium');
		expect(html).not.toContain('<script');
		expect(frameOf(html).attrs.src).toBe(
			'https://x/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'
		);
	});

	it('every preset gives one frame', () => {
		for (const size of Object.keys(EMBED_SIZES) as EmbedSize[])
			expect(embedSnippet(url, size).match(/<iframe /g)).toHaveLength(1);
	});
});

describe('filters in words', () => {
	it('says nothing when nothing is filtered', () => {
		expect(describeFilters(EMPTY_FILTERS)).toEqual([]);
	});
	it('names each active group with readable values', () => {
		expect(
			describeFilters({
				...EMPTY_FILTERS,
				countries: ['KAZ', 'REG'],
				sectors: ['power'],
				statuses: ['under-construction'],
				financiers: ['JICA'],
				years: [2015, 2015],
				knownOnly: ['years', 'amountUsdM']
			})
		).toEqual([
			'Country: Kazakhstan, Regional',
			'Sector: Power generation & grid',
			'Status: Under construction',
			'Japanese participant: JICA',
			'Year: 2015 (records with no year left out)',
			'Only records with a Japanese figure'
		]);
		expect(describeFilters({ ...EMPTY_FILTERS, amountUsdM: [10, 500] })).toEqual([
			"Japan's financing: US$10–500 million"
		]);
	});
});
