/**
 * The palette can't be confused: every coloured legend entry (the corridors from
 * geodata/corridors.json, place kinds, plant technologies, mines, priority areas) differs from
 * every other by CIEDE2000 ΔE ≥ 10, stays apart under simulated deuteranopia and protanopia, and
 * stands out from the land at 3:1 or more (WCAG 1.4.11, non-text contrast).
 */
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../src/lib/data/vocab';
import { BASEMAP_COLORS, legendEntries, type LegendEntry } from '../../../src/lib/map/palette';
import { ICONS } from '../../../src/lib/map/icons';
import { readRequiredGeodata } from '../../../src/lib/server/geodata';
import { contrast, deltaE2000, deltaE2000Lab, hexToRgb, simulate } from './colour-math';

const corridors = readRequiredGeodata(['corridors']).corridors.corridors;
const entries = LAYERS.flatMap((layer) =>
	legendEntries(layer, corridors)
		.filter((e) => !e.neutral)
		.map((e) => ({ ...e, layer }))
);
type Entry = LegendEntry & { layer: string };
const pairs: [Entry, Entry][] = entries.flatMap((a, i) =>
	entries.slice(i + 1).map((b): [Entry, Entry] => [a, b])
);
const name = (e: Entry) => `${e.layer}/${e.value} ${e.color}`;
const dichromacies = ['deuteranopia', 'protanopia'] as const;
const seen = (e: Entry, kind: (typeof dichromacies)[number]) => simulate(hexToRgb(e.color), kind);

/** Below this, two colours read as the same at a glance. */
const MIN_DELTA_E = 10;
/** Under simulated dichromacy, any two entries stay at least this far apart ... */
const MIN_DELTA_E_CVD = 3.5;
/** ... and entries told apart by colour alone (same layer, same shape) this far. */
const MIN_DELTA_E_CVD_SAME_SHAPE = 10;

describe('palette', () => {
	it('checks CIEDE2000 against published test pairs (Sharma, Wu and Dalal 2005)', () => {
		expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
		expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
		expect(deltaE2000Lab([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(
			0.9082,
			4
		);
	});

	it('covers every coloured category the map draws', () => {
		expect(entries.length).toBe(corridors.length + 4 + 8 + 1 + 3);
	});

	it('gives no two legend entries the same or a near colour', () => {
		const close = pairs
			.map(([a, b]) => ({ a, b, d: deltaE2000(hexToRgb(a.color), hexToRgb(b.color)) }))
			.filter((p) => p.d < MIN_DELTA_E)
			.map((p) => `${name(p.a)} ~ ${name(p.b)}: ΔE ${p.d.toFixed(1)}`);
		expect(close).toEqual([]);
	});

	it('keeps entries apart for deuteranopes and protanopes', () => {
		const close: string[] = [];
		for (const kind of dichromacies)
			for (const [a, b] of pairs) {
				const d = deltaE2000(seen(a, kind), seen(b, kind));
				const sameShape = a.layer === b.layer && a.shape === b.shape && a.icon === b.icon;
				const min = sameShape ? MIN_DELTA_E_CVD_SAME_SHAPE : MIN_DELTA_E_CVD;
				if (d < min) close.push(`${kind}: ${name(a)} ~ ${name(b)}: ΔE ${d.toFixed(1)} < ${min}`);
			}
		expect(close).toEqual([]);
	});

	it('stands out from the land at 3:1 or more', () => {
		const faint = [BASEMAP_COLORS.land, BASEMAP_COLORS.landFocus].flatMap((land) =>
			entries
				.filter((e) => contrast(hexToRgb(e.color), hexToRgb(land)) < 3)
				.map((e) => `${name(e)} on ${land}`)
		);
		expect(faint).toEqual([]);
	});

	it('draws each point layer with its own shapes: no icon shared across layers', () => {
		const owner = new Map<string, string>();
		for (const e of entries.filter((e) => e.icon)) {
			expect(ICONS[e.icon!]).toBeDefined();
			expect(owner.get(e.icon!) ?? e.layer).toBe(e.layer);
			owner.set(e.icon!, e.layer);
		}
		// Plants: one icon per technology.
		const plantIcons = entries.filter((e) => e.layer === 'plants').map((e) => e.icon);
		expect(new Set(plantIcons).size).toBe(plantIcons.length);
	});
});
