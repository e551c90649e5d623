/**
 * The arithmetic of a virtualised list with rows of one fixed height: which rows to render for a
 * scroll position, how tall the spacers standing in for the others are, and where to scroll to
 * bring a row into view. Pure (no DOM, no Svelte), so it is tested on its own.
 */

export interface WindowInput {
	/** The scroll offset of the rows' area, in px (clamped to the scrollable range). */
	scrollTop: number;
	/** The height in px of the part of the container that shows rows. */
	viewportHeight: number;
	/** Every row's height in px (> 0). */
	rowHeight: number;
	/** Rows rendered beyond each edge of the view, so fast scrolling and Tab find rows in place. */
	overscan: number;
	/** How many rows there are in all. */
	total: number;
	/**
	 * A row to keep rendered wherever the list is scrolled: the one holding the keyboard focus,
	 * which would otherwise leave the page (and the focus with it) once scrolled out of the window.
	 */
	keep?: number | null;
}

export interface RowWindow {
	/** The first rendered row's index. */
	start: number;
	/** One past the last rendered row's index (start === end: nothing rendered). */
	end: number;
	/** Height in px of the spacer standing in for rows [0, start). */
	before: number;
	/** Height in px of the spacer standing in for rows [end, total). */
	after: number;
	/**
	 * The kept row, when it is outside [start, end): rendered on its own, `gap` px (the rows
	 * between it and the window) from the window. `before` (above the window) or `after` (below
	 * it) then stands for the rows between the list's edge and the kept row only.
	 */
	pinned: { index: number; gap: number } | null;
}

const finiteOr = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);

/** The rows to render: those at least partly in view, plus `overscan` rows on each side. */
export function rowWindow(input: WindowInput): RowWindow {
	const total = Math.max(0, Math.floor(finiteOr(input.total, 0)));
	const rowHeight = finiteOr(input.rowHeight, 0);
	if (total === 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0, pinned: null };
	const viewportHeight = Math.max(0, finiteOr(input.viewportHeight, 0));
	const overscan = Math.max(0, Math.floor(finiteOr(input.overscan, 0)));
	// A list that shrank under a deep scroll position (or an elastic overscroll) still shows rows.
	const maxScroll = Math.max(0, total * rowHeight - viewportHeight);
	const scrollTop = Math.min(Math.max(0, finiteOr(input.scrollTop, 0)), maxScroll);
	const first = Math.min(total - 1, Math.floor(scrollTop / rowHeight));
	const last = Math.max(first + 1, Math.ceil((scrollTop + viewportHeight) / rowHeight));
	const start = Math.max(0, first - overscan);
	const end = Math.min(total, last + overscan);
	const span = { start, end, before: start * rowHeight, after: (total - end) * rowHeight };
	const keep = input.keep ?? -1;
	if (!Number.isInteger(keep) || keep < 0 || keep >= total || (keep >= start && keep < end))
		return { ...span, pinned: null };
	// The kept row is above or below the window: the spacer on its side stops at it.
	return keep < start
		? {
				...span,
				before: keep * rowHeight,
				pinned: { index: keep, gap: (start - keep - 1) * rowHeight }
			}
		: {
				...span,
				after: (total - keep - 1) * rowHeight,
				pinned: { index: keep, gap: (keep - end) * rowHeight }
			};
}

/**
 * The scroll offset that shows row `index` whole: unchanged if it already is, else the row
 * centred in the view (clamped to the scrollable range).
 */
export function scrollToRow(
	index: number,
	input: Pick<WindowInput, 'scrollTop' | 'viewportHeight' | 'rowHeight' | 'total'>
): number {
	const { rowHeight, total } = input;
	const viewportHeight = Math.max(0, input.viewportHeight);
	if (total <= 0 || rowHeight <= 0) return 0;
	const i = Math.min(Math.max(0, Math.floor(index)), total - 1);
	const top = i * rowHeight;
	const bottom = top + rowHeight;
	const maxScroll = Math.max(0, total * rowHeight - viewportHeight);
	const current = Math.min(Math.max(0, input.scrollTop), maxScroll);
	if (top >= current && bottom <= current + viewportHeight) return current;
	const centred = top - (viewportHeight - rowHeight) / 2;
	// Rounded before the clamp: rounding a fractional maximum up would pass the end of the list.
	return Math.min(Math.round(Math.max(0, centred)), maxScroll);
}
