import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { TEST_BASEMAP_URLS } from './basemap-urls';
import { describe, expect, it } from 'vitest';
import {
	CLUSTER_LAYERS,
	HIGHLIGHT_LAYERS,
	LABEL_LAYERS,
	INTERACTIVE_LAYERS,
	LAYER_ORDER,
	OVERLAY_LAYERS,
	dataLayerOf,
	embeddedBasemapStyle,
	overlayLayers,
	overlaySources,
	withOverlays
} from '../../../src/lib/map/style';
import { LAYERS } from '../../../src/lib/data/vocab';
import { legendEntries } from '../../../src/lib/map/palette';
import { readRequiredGeodata } from '../../../src/lib/server/geodata';
import { locales } from '../../../src/lib/paraglide/runtime';

const urls = TEST_BASEMAP_URLS;
const empty = { type: 'FeatureCollection' as const, features: [] };
const overlays = { segments: empty, places: empty, plants: empty, mines: empty, projects: empty };
const corridors = readRequiredGeodata(['corridors']).corridors.corridors;

describe('map style', () => {
	it('is a valid MapLibre style, basemap and overlays together', () => {
		const style = withOverlays(embeddedBasemapStyle(urls), overlays, corridors, undefined);
		expect(validateStyleMin(style)).toEqual([]);
	});

	// The build leaves MapLibre's programs for anything else out (scripts/vite-lean-maplibre.ts).
	it('draws only what the lean MapLibre build can: plain layers on a flat map, every language', () => {
		for (const locale of locales) {
			const style = withOverlays(
				embeddedBasemapStyle(urls, locale),
				overlays,
				corridors,
				undefined,
				locale
			);
			const types = new Set(style.layers.map((l) => l.type));
			expect([...types].sort()).toEqual(['background', 'circle', 'fill', 'line', 'symbol']);
			for (const layer of style.layers) {
				const keys = Object.keys({ ...('paint' in layer ? layer.paint : {}) });
				expect(
					keys.filter((k) => /pattern|gradient/.test(k)),
					layer.id
				).toEqual([]);
			}
			expect(style.terrain).toBeUndefined();
			expect(style.projection).toBeUndefined();
			for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
		}
	});

	it('credits OpenStreetMap for the corridor lines, beside the atlas data', () => {
		const sources = overlaySources(overlays);
		const credit = (id: string) => (sources[id] as { attribution?: string }).attribution;
		expect(credit('corridors')).toMatch(/© OpenStreetMap contributors \(ODbL/);
		expect(credit('corridors')).toMatch(/CC BY 4\.0/);
		expect(credit('places')).not.toMatch(/OpenStreetMap/);
	});

	it('lists every overlay layer exactly once, in draw order', () => {
		const all = [
			...Object.values(OVERLAY_LAYERS).flat(),
			...HIGHLIGHT_LAYERS,
			...CLUSTER_LAYERS,
			...LABEL_LAYERS
		];
		expect([...LAYER_ORDER].sort()).toEqual([...all].sort());
		expect(overlayLayers(corridors).map((l) => l.id)).toEqual(LAYER_ORDER);
		for (const id of INTERACTIVE_LAYERS) expect(LAYER_ORDER).toContain(id);
		for (const layer of LAYERS)
			for (const id of OVERLAY_LAYERS[layer]) expect(dataLayerOf(id)).toBe(layer);
	});

	it('needs no glyph server: labels use the shipped font faces', () => {
		const style = embeddedBasemapStyle(urls);
		expect(style.glyphs).toBeUndefined();
		expect(Object.keys(style['font-faces'] ?? {})).toEqual(['Noto Sans Regular']);
		// Every file the basemap loads comes from the app's own origin.
		for (const source of Object.values(style.sources)) {
			const data = (source as { data?: unknown }).data;
			if (typeof data === 'string') expect(data).toMatch(/^http:\/\/127\.0\.0\.1\//);
		}
	});

	it('has a legend entry for every corridor, coloured as drawn', () => {
		const entries = legendEntries('corridors', corridors);
		for (const c of corridors)
			expect(entries).toContainEqual(expect.objectContaining({ value: c.id, color: c.color }));
	});

	it('puts the basemap labels above the data, so record labels give way to country names', () => {
		const style = withOverlays(embeddedBasemapStyle(urls), overlays, corridors, undefined);
		const ids = style.layers.map((l) => l.id);
		const country = ids.indexOf('country-labels');
		expect(country).toBeGreaterThan(ids.indexOf('records-labels'));
		expect(country).toBeGreaterThan(ids.indexOf('projects-circles'));
		// Towns go under the data: no town dot covers a record's icon.
		expect(ids.indexOf('towns-0-labels')).toBeGreaterThan(-1);
		expect(ids.indexOf('towns-0-labels')).toBeLessThan(ids.indexOf('plants-icons'));
		// Data points never hide a label: they are drawn without taking room from placement.
		for (const l of style.layers.filter((l) => l.id.endsWith('-icons'))) {
			const layout = (l as { layout: Record<string, unknown> }).layout;
			expect(layout['icon-ignore-placement']).toBe(true);
			expect(layout['icon-allow-overlap']).toBe(true);
		}
		// Record labels appear from zoom 7 (ports and crossings earlier) and can be dropped.
		const labels = style.layers.find((l) => l.id === 'records-labels') as SymbolLayerSpecification;
		expect(JSON.stringify(labels.filter)).toContain('[">=",["zoom"],7]');
		expect((labels as { layout: Record<string, unknown> }).layout['text-allow-overlap']).toBe(
			undefined
		);
	});

	it('clusters the points in one source, filtered as data', () => {
		const points = overlaySources(overlays).points as { cluster?: boolean };
		expect(points.cluster).toBe(true);
		const style = withOverlays(embeddedBasemapStyle(urls), overlays, corridors, undefined);
		for (const id of ['places-icons', 'plants-icons', 'mines-icons', 'projects-circles'])
			expect(style.layers.find((l) => l.id === id)).toMatchObject({ source: 'points' });
	});
});
