import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT, UNUSED_PROGRAMS, trimMapLibre } from '../../../scripts/vite-lean-maplibre';

const require = createRequire(import.meta.url);
const pageFile = require.resolve('maplibre-gl/dist/maplibre-gl-dev.mjs');
const workerFile = require.resolve('maplibre-gl/dist/maplibre-gl-worker-dev.mjs');
const page = readFileSync(pageFile, 'utf8');
const worker = readFileSync(workerFile, 'utf8');
const DECODER_LINE = /^\/\/ node_modules\/@maplibre\/mlt\//m;
/** The page's bundle trimmed once: four tests read it. */
const trimmedPage = trimMapLibre(page, pageFile, 'page');

describe('the lean MapLibre build', () => {
	it('leaves the MLT decoder out of the page and the worker, keeping the names the rest uses', () => {
		for (const [code, file, kind] of [
			[page, pageFile, 'page'],
			[worker, workerFile, 'worker']
		] as const) {
			expect(code).toMatch(DECODER_LINE);
			const trimmed = trimMapLibre(code, file, kind);
			expect(trimmed).not.toMatch(DECODER_LINE);
			expect(trimmed.length).toBeLessThan(code.length - 100_000);
			expect(trimmed).toMatch(/^var GEOMETRY_TYPE;$/m);
			expect(trimmed).toMatch(/^function decodeTile\(\) \{ throw new Error\(/m);
			// decodeTile is still called where MLT tiles would be read, and defined once.
			expect(trimmed.match(/\bdecodeTile\(/g)!.length).toBeGreaterThanOrEqual(2);
			expect(trimmed.match(/^function decodeTile\(/gm)).toHaveLength(1);
		}
	});

	it('replaces each unused program with one that throws, and keeps those the atlas draws', () => {
		const trimmed = trimmedPage;
		for (const name of UNUSED_PROGRAMS)
			expect(trimmed).toContain(`\t${name}: programLeftOut(${JSON.stringify(name)}),`);
		for (const name of ['background', 'fill', 'fillOutline', 'line', 'lineSDF', 'circle'])
			expect(trimmed).toMatch(new RegExp(`^\\t${name}: prepare\\(`, 'm'));
		for (const name of ['symbolSDF', 'symbolIcon', 'sky', 'clippingMask', 'projectionMercator'])
			expect(trimmed).toMatch(new RegExp(`^\\t${name}: prepare\\(`, 'm'));
	});

	it('a program left out says so when MapLibre asks for it', () => {
		const trimmed = trimmedPage;
		const helper = trimmed.match(/^function programLeftOut\(name\) \{.*\}$/m)![0];
		const programLeftOut = new Function(`${helper}; return programLeftOut;`)() as (
			name: string
		) => { fragmentSource: string };
		expect(() => programLeftOut('heatmap').fragmentSource).toThrow(
			`The WebGL program "heatmap" is ${LEFT_OUT}.`
		);
	});

	it('validates no style in the browser: the style is checked by the unit tests', () => {
		expect(page).toContain('\nconst validateStyle = validateStyleMin;\n');
		const trimmed = trimmedPage;
		expect(trimmed).not.toContain('\nconst validateStyle = validateStyleMin;\n');
		const line = trimmed.match(/^const validateStyle = (.*);$/m)![1]!;
		const validateStyle = new Function(`return ${line};`)() as ((s: unknown) => unknown[]) &
			Record<string, (v: unknown) => unknown[]>;
		expect(validateStyle({ version: 'not a style' })).toEqual([]);
		expect(validateStyle.layer!({ type: 'nonsense' })).toEqual([]);
	});

	it('leaves the globe out: the projection factory makes no globe, so nothing refers to it', () => {
		const calls = (code: string) =>
			code.match(
				/new GlobeProjection\(|(?<!function )createGlobeTransform\(|new GlobeCameraHelper\(/g
			) ?? [];
		expect(calls(page).length).toBeGreaterThanOrEqual(3);
		const trimmed = trimmedPage;
		expect(calls(trimmed)).toEqual([]);
		const factory = trimmed.slice(trimmed.indexOf('\nfunction createProjectionFromName('));
		expect(factory).toMatch(
			/if \(Array\.isArray\(name\)\) throw new Error\("The globe projection is /
		);
		expect(factory).toMatch(/case "vertical-perspective": throw new Error\(/);
		expect(factory).toMatch(/case "mercator": return \{/);
	});

	it('fails the build, naming the file, when MapLibre is laid out differently', () => {
		const noDecoder = page.replace(/^\/\/ node_modules\/@maplibre\/mlt\//gm, '// elsewhere/');
		expect(() => trimMapLibre(noDecoder, 'x.mjs', 'page')).toThrow(/^x\.mjs: no .*mlt/);
		const noHeatmap = page.replace(/^\theatmap: prepare\(/m, '\theatmapV2: prepare(');
		expect(() => trimMapLibre(noHeatmap, 'y.mjs', 'page')).toThrow(
			'y.mjs: no shader entry "heatmap" found'
		);
		const noFactory = page.replace(
			'function createProjectionFromName(',
			'function makeProjection('
		);
		expect(() => trimMapLibre(noFactory, 'w.mjs', 'page')).toThrow(
			/^w\.mjs: createProjectionFromName/
		);
		const noEnum = worker.replace(/^var GEOMETRY_TYPE;$/m, 'var GEOMETRY_KIND;');
		expect(() => trimMapLibre(noEnum, 'z.mjs', 'worker')).toThrow(/^z\.mjs: .*GEOMETRY_TYPE/);
	});
});
