/**
 * Vite plugin: MapLibre without the parts the embedded basemap never uses, in the page and in the
 * map's worker. The atlas draws GeoJSON with background, fill, line, circle and symbol layers on a
 * flat (Mercator) map, so the build leaves out
 * - the decoder of MLT vector tiles (@maplibre/mlt), about 18 kB gzip in each of the two files;
 * - the WebGL programs of layers and modes it never draws (UNUSED_PROGRAMS), about 7 kB;
 * - the style validator, about 8 kB: the style is the atlas's own, validated by its tests;
 * - the globe and vertical-perspective projections, about 11 kB.
 * Together 58 kB gzip, two thirds of what the first view loaded on top of bare MapLibre.
 *
 * MapLibre's npm package ships one minified bundle per thread, so the build uses their unminified
 * twins (maplibre-gl-dev.mjs, maplibre-gl-worker-dev.mjs), which keep a `// node_modules/...`
 * line before each bundled module, cuts there, and minifies the rest as it does the app. Of the
 * decoder only two names are used elsewhere: the geometry-type enum, kept as it is, and
 * decodeTile, which now throws, as does any use of a program left out. A MapLibre release laid
 * out differently fails the build here, naming what it missed.
 *
 * A build with an online basemap (PUBLIC_BASEMAP_STYLE) keeps MapLibre whole: that style may use
 * anything. `vite dev` uses the package as it is.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const PAGE_BUNDLE = require.resolve('maplibre-gl/dist/maplibre-gl-dev.mjs');
const WORKER_BUNDLE = require.resolve('maplibre-gl/dist/maplibre-gl-worker-dev.mjs');
/** What src/lib/map/maplibre.worker.ts imports, so that Vite builds it as a worker. */
const WORKER_IMPORT = 'maplibre-gl/dist/maplibre-gl-worker.mjs';

const MODULE_LINE = /^\/\/ \S+\.(?:js|ts|mjs|cjs|json)\s*$/;
const DECODER_MODULE = '// node_modules/@maplibre/mlt/';
const GEOMETRY_TYPE_ENUM =
	/^var GEOMETRY_TYPE;\n[\s\S]*?^\}\)\(GEOMETRY_TYPE \|\| \(GEOMETRY_TYPE = \{\}\)\);$/m;

/**
 * Programs for what the embedded style never draws, and the checks in tests/unit/map/style.test.ts
 * that it does not: heatmap, hillshade, colour-relief, fill-extrusion and raster layers; patterns
 * and gradients; terrain; the globe (its projection and atmosphere); and MapLibre's debugging
 * overlays (tile boundaries, collision boxes). Kept: the plain programs of the five layer types the
 * atlas draws, dashed lines (lineSDF), sky (drawn every frame) and the clipping, depth and opacity
 * passes.
 */
export const UNUSED_PROGRAMS = [
	'heatmap',
	'heatmapTexture',
	'hillshadePrepare',
	'hillshade',
	'colorRelief',
	'fillExtrusion',
	'fillExtrusionPattern',
	'raster',
	'backgroundPattern',
	'fillPattern',
	'fillOutlinePattern',
	'linePattern',
	'lineGradient',
	'lineGradientSDF',
	'terrain',
	'terrainDepth',
	'terrainHeight',
	'projectionGlobe',
	'atmosphere',
	'debug',
	'collisionBox',
	'collisionCircle'
] as const;

export const LEFT_OUT = 'left out of this build of MapLibre (scripts/vite-lean-maplibre.ts)';

/** The bundle with the MLT decoder's modules replaced by the two names the rest uses. */
function withoutMltDecoder(code: string, file: string): string {
	const lines = code.split('\n');
	const start = lines.findIndex((l) => l.startsWith(DECODER_MODULE));
	if (start < 0) throw new Error(`${file}: no ${DECODER_MODULE}… module found`);
	const isOtherModule = (l: string) => MODULE_LINE.test(l) && !l.startsWith(DECODER_MODULE);
	let end = start + 1;
	while (end < lines.length && !isOtherModule(lines[end]!)) end++;
	if (lines.slice(end).some((l) => l.startsWith(DECODER_MODULE)))
		throw new Error(`${file}: the ${DECODER_MODULE}… modules are not in one block`);
	const decoder = lines.slice(start, end).join('\n');
	const geometryTypes = decoder.match(GEOMETRY_TYPE_ENUM)?.[0];
	if (!geometryTypes) throw new Error(`${file}: the MLT decoder has no GEOMETRY_TYPE enum`);
	if (!/^function decodeTile\(/m.test(decoder))
		throw new Error(`${file}: the MLT decoder has no decodeTile function`);
	const standIn = [
		`// @maplibre/mlt ${LEFT_OUT}`,
		geometryTypes,
		`function decodeTile() { throw new Error(${JSON.stringify(`The MLT tile decoder is ${LEFT_OUT}.`)}); }`
	];
	return [...lines.slice(0, start), ...standIn, ...lines.slice(end)].join('\n');
}

/** The bundle with each unused program's shader source replaced by one that throws when used. */
function withoutUnusedPrograms(code: string, file: string): string {
	const start = code.indexOf('\nconst shaders = {\n');
	if (start < 0) throw new Error(`${file}: no \`const shaders = {\` table found`);
	const end = code.indexOf('\n};\n', start);
	if (end < 0) throw new Error(`${file}: the \`const shaders = {\` table has no end`);
	let table = code.slice(start, end);
	for (const name of UNUSED_PROGRAMS) {
		const entry = new RegExp(`^\\t${name}: prepare\\(.*\\),?$`, 'm');
		if (!entry.test(table)) throw new Error(`${file}: no shader entry "${name}" found`);
		table = table.replace(entry, `\t${name}: programLeftOut(${JSON.stringify(name)}),`);
	}
	const programLeftOut = `\nfunction programLeftOut(name) { return new Proxy({}, { get() { throw new Error(\`The WebGL program "\${name}" is ${LEFT_OUT}.\`); } }); }`;
	return code.slice(0, start) + programLeftOut + table + code.slice(end);
}

const STYLE_VALIDATOR = '\nconst validateStyle = validateStyleMin;\n';

/**
 * The bundle with the style validator replaced by one that finds nothing. The atlas's style is
 * its own code, checked against the style spec by tests/unit/map/style.test.ts (basemap,
 * overlays, corridor colours, every language) and its filters by tests/unit/state/filters.test.ts,
 * so checking it again in every reader's browser only costs bytes.
 */
function withoutStyleValidation(code: string, file: string): string {
	if (!code.includes(STYLE_VALIDATOR))
		throw new Error(`${file}: no \`${STYLE_VALIDATOR.trim()}\` found`);
	const none = '\nconst validateStyle = new Proxy(() => [], { get: () => () => [] });\n';
	return code.replace(STYLE_VALIDATOR, none);
}

/**
 * The bundle with the globe and vertical-perspective projections left out: the projection
 * factory throws for them, so their transforms, camera helpers and covering-tile code are never
 * referenced and the minifier drops them. The atlas's map is always Mercator (its style sets no
 * projection, tests/unit/map/style.test.ts).
 */
function withoutGlobe(code: string, file: string): string {
	const fail = `throw new Error(${JSON.stringify(`The globe projection is ${LEFT_OUT}.`)});`;
	const factory = code.indexOf('\nfunction createProjectionFromName(');
	const cut = (from: string, to: string, by: string) => {
		const start = code.indexOf(from, factory);
		const end = code.indexOf(to, start);
		if (factory < 0 || start < 0 || end < 0)
			throw new Error(
				`${file}: createProjectionFromName has no \`${from.trim()}\` … \`${to.trim()}\``
			);
		code = code.slice(0, start) + by + code.slice(end);
	};
	// A projection expression (an array) always means the globe.
	cut(
		'\n\tif (Array.isArray(name)) {\n',
		'\n\tconst registered = getRegisteredProjection(name);',
		`\n\tif (Array.isArray(name)) ${fail}`
	);
	cut(
		'\n\t\tcase "globe": {\n',
		'\n\t\tdefault:\n',
		`\n\t\tcase "globe":\n\t\tcase "vertical-perspective": ${fail}`
	);
	return code;
}

/** MapLibre's page bundle or worker bundle (unminified), trimmed as described above. */
export function trimMapLibre(code: string, file: string, kind: 'page' | 'worker'): string {
	const trimmed = withoutMltDecoder(code, file);
	if (kind === 'worker') return trimmed;
	return withoutGlobe(withoutStyleValidation(withoutUnusedPrograms(trimmed, file), file), file);
}

export function leanMapLibre(): Plugin {
	let enabled = true;
	return {
		name: 'lean-maplibre',
		apply: 'build',
		enforce: 'pre',
		configResolved(config) {
			enabled = !config.env.PUBLIC_BASEMAP_STYLE;
		},
		resolveId(source) {
			if (!enabled) return null;
			if (source === 'maplibre-gl') return PAGE_BUNDLE;
			if (source === WORKER_IMPORT) return WORKER_BUNDLE;
			return null;
		},
		transform(code, id) {
			// The bundles themselves, not ids with a query (`…?worker&url` is a URL, not code).
			if (id === PAGE_BUNDLE) return { code: trimMapLibre(code, id, 'page'), map: null };
			if (id === WORKER_BUNDLE) return { code: trimMapLibre(code, id, 'worker'), map: null };
			return null;
		}
	};
}
