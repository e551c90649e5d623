/**
 * The label font, Noto Sans (SIL Open Font License), as per-script files from @fontsource.
 * MapLibre's `font-faces` loads a file only when a label draws a character in its range, so an
 * English page never fetches the Cyrillic or Japanese files, and a Japanese page fetches only the
 * numbered Noto Sans JP subsets its labels use. Ranges are those @fontsource publishes
 * (unicode.json); a unit test keeps them in step with the installed package.
 *
 * Noto Sans JP has one copy, shared by the UI and the map: the basemap build copies its woff2
 * files to fonts/ under content-hashed names and writes the stylesheet a Japanese page links
 * (JAPANESE_CSS) and the map's manifest (JAPANESE_MANIFEST), both pointing at those files. A
 * subset the UI's text has loaded is the very file a map label needs, so the browser's cache
 * serves it: each subset is fetched at most once.
 */
export const FONT = 'Noto Sans Regular';

export interface FontFile {
	/** File name under fonts/ in the build. */
	file: string;
	ranges: string[];
}

const r = (ranges: string) => ranges.split(',');

/** Latin, Latin Extended and Cyrillic: declared in every locale (each file loads only if used). */
export const NOTO_SANS_FILES: FontFile[] = [
	{
		file: 'noto-sans-latin-400-normal.woff2',
		ranges: r(
			'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
		)
	},
	{
		file: 'noto-sans-latin-ext-400-normal.woff2',
		ranges: r(
			'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'
		)
	},
	{
		file: 'noto-sans-cyrillic-400-normal.woff2',
		ranges: r('U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116')
	},
	{
		file: 'noto-sans-cyrillic-ext-400-normal.woff2',
		ranges: r('U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F')
	}
];

/** The manifest of Noto Sans JP's numbered subsets, written by the basemap build. */
export const JAPANESE_MANIFEST = 'fonts/noto-sans-jp.json';
/** The UI's Noto Sans JP (regular and bold, every subset), linked by the Japanese pages. */
export const JAPANESE_CSS = 'fonts/noto-sans-jp.css';
/**
 * Only the faces that the language switcher's "日本語" needs, linked by the other pages, so the
 * link draws without missing-glyph boxes where the system has no Japanese font.
 */
export const JAPANESE_NAME_CSS = 'fonts/noto-sans-jp-name.css';

/** A font file named with its content's hash ("noto-sans-jp-93-400-normal.1a2b3c4d.woff2"). */
export const HASHED_FONT_FILE = /\/fonts\/[\w-]+\.[0-9a-f]{8}\.woff2$/;

/** One @font-face of a stylesheet: its woff2 file, weight and ranges. */
export interface CssFontFace extends FontFile {
	weight: number;
}

/** The woff2 @font-face rules of a stylesheet such as @fontsource's 400.css. */
export function parseFontFaceCss(css: string): CssFontFace[] {
	return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body]) => {
		const file = /url\(\s*['"]?(?:[^)'"]*\/)?([^/)'"]+\.woff2)['"]?\s*\)/.exec(body!)?.[1];
		const weight = Number(/font-weight:\s*(\d+)/.exec(body!)?.[1] ?? 400);
		const ranges = /unicode-range:\s*([^;]+)/
			.exec(body!)?.[1]
			?.split(',')
			.map((r) => r.trim());
		return file && ranges ? [{ file, weight, ranges }] : [];
	});
}

/** A stylesheet declaring `faces` as `family`, their files relative to the stylesheet. */
export function fontFaceCss(family: string, faces: CssFontFace[]): string {
	return faces
		.map(
			(f) =>
				`@font-face{font-family:'${family}';font-style:normal;font-display:swap;` +
				`font-weight:${f.weight};src:url(${f.file}) format('woff2');` +
				`unicode-range:${f.ranges.join(',')}}`
		)
		.join('\n');
}

/** Whether a `unicode-range` list (U+41, U+0-7F, U+4??) covers the code point. */
export function rangesCover(ranges: string[], codePoint: number): boolean {
	return ranges.some((r) => {
		const [a, b] = r
			.replace(/^U\+/i, '')
			.split('-')
			.map((h) => h.trim());
		if (a!.includes('?'))
			return (
				codePoint >= parseInt(a!.replace(/\?/g, '0'), 16) &&
				codePoint <= parseInt(a!.replace(/\?/g, 'f'), 16)
			);
		const start = parseInt(a!, 16);
		return codePoint >= start && codePoint <= (b ? parseInt(b, 16) : start);
	});
}

/** The faces whose ranges cover some character of `text`. */
export function facesFor<F extends FontFile>(faces: F[], text: string): F[] {
	const points = [...text].map((c) => c.codePointAt(0)!);
	return faces.filter((f) => points.some((p) => rangesCover(f.ranges, p)));
}

/** Locales whose labels need the Japanese files. */
export const needsJapanese = (locale: string) => locale === 'ja';

export type FontFaces = { url: string; 'unicode-range': string[] }[];

/** The `font-faces` entries for the label font: Noto Sans first, then any Japanese subsets. */
export function fontFaces(url: (file: string) => string, japanese: FontFile[] = []): FontFaces {
	return [...NOTO_SANS_FILES, ...japanese].map((f) => ({
		url: url(f.file),
		'unicode-range': f.ranges
	}));
}

/** `font-faces` entries for the Japanese subsets listed in the manifest at `manifestUrl`. */
export function japaneseFaces(manifestUrl: string, files: FontFile[]): FontFaces {
	return files.map((f) => ({
		url: new URL(f.file, manifestUrl).href,
		'unicode-range': f.ranges
	}));
}
