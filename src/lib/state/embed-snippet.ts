/**
 * The HTML a reader pastes to embed a view: a responsive frame that fills its column at a fixed
 * aspect ratio, or a frame of fixed size. Pure.
 */
interface SizePreset {
	label: string;
	/** Responsive: fills the column's width at this aspect ratio. */
	ratio?: readonly [number, number];
	/** Fixed width and height in CSS pixels. */
	fixed?: readonly [number, number];
}

export const EMBED_SIZES = {
	wide: { label: 'Responsive, 16:9', ratio: [16, 9] },
	classic: { label: 'Responsive, 4:3', ratio: [4, 3] },
	square: { label: 'Responsive, square', ratio: [1, 1] },
	small: { label: 'Fixed, 480 × 360', fixed: [480, 360] },
	medium: { label: 'Fixed, 800 × 500', fixed: [800, 500] },
	large: { label: 'Fixed, 1200 × 700', fixed: [1200, 700] },
	custom: { label: 'Fixed, custom size' }
} as const satisfies Record<string, SizePreset>;
export type EmbedSize = keyof typeof EMBED_SIZES;

/** Frame sizes accepted for a custom size, in CSS pixels. */
export const EMBED_PX = { min: 200, max: 2000 } as const;

const attr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const clampPx = (n: number) =>
	Number.isFinite(n) ? Math.min(EMBED_PX.max, Math.max(EMBED_PX.min, Math.round(n))) : 600;

export function embedSnippet(
	url: string,
	size: EmbedSize,
	custom: { width: number; height: number } = { width: 800, height: 500 },
	/** The frame's accessible name, in the reader's language. */
	title = 'Corridor Atlas map'
): string {
	const common = `src="${attr(url)}" loading="lazy" title="${attr(title)}" allowfullscreen`;
	const preset: SizePreset = EMBED_SIZES[size];
	if (preset.ratio) {
		const [w, h] = preset.ratio;
		return (
			`<div style="position:relative;width:100%;aspect-ratio:${w}/${h}">` +
			`<iframe ${common} style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe>` +
			`</div>`
		);
	}
	const [w, h] = preset.fixed ?? [clampPx(custom.width), clampPx(custom.height)];
	return `<iframe ${common} width="${w}" height="${h}" style="border:0;max-width:100%"></iframe>`;
}
