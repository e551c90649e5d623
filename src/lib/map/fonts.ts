/**
 * The map's label font, Noto Sans (SIL Open Font License), as per-script files from @fontsource.
 * MapLibre's `font-faces` loads a file only when a label draws a character in its range, so an
 * English page never fetches the Cyrillic or Japanese files, and a Japanese page fetches only the
 * numbered Noto Sans JP subsets its labels use. Ranges are those @fontsource publishes
 * (unicode.json); a unit test keeps them in step with the installed package.
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
