import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollToRow } from '../../../src/lib/state/row-window';

const inputArb = fc.record({
	scrollTop: fc.double({ min: -500, max: 5e6, noNaN: true }),
	viewportHeight: fc.double({ min: 0, max: 3000, noNaN: true }),
	rowHeight: fc.integer({ min: 1, max: 80 }),
	overscan: fc.integer({ min: 0, max: 20 }),
	total: fc.integer({ min: 0, max: 200_000 })
});

describe('rowWindow', () => {
	it('renders a contiguous slice whose spacers make up the full height', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const w = rowWindow(input);
				expect(0 <= w.start && w.start <= w.end && w.end <= input.total).toBe(true);
				expect(w.before).toBe(w.start * input.rowHeight);
				expect(w.before + (w.end - w.start) * input.rowHeight + w.after).toBe(
					input.total * input.rowHeight
				);
			})
		);
	});

	it('renders every row at least partly in view, and only a few more', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const { rowHeight, viewportHeight, total, overscan } = input;
				const w = rowWindow(input);
				if (total === 0) {
					expect(w.end).toBe(0);
					return;
				}
				const maxScroll = Math.max(0, total * rowHeight - viewportHeight);
				const top = Math.min(Math.max(0, input.scrollTop), maxScroll);
				for (let i = 0; i < total; i++) {
					const inView = i * rowHeight < top + viewportHeight && (i + 1) * rowHeight > top;
					if (inView) expect(i >= w.start && i < w.end).toBe(true);
					if (i * rowHeight > top + viewportHeight) break;
				}
				// Something is always rendered, even with no measured viewport yet.
				expect(w.end - w.start).toBeGreaterThan(0);
				expect(w.end - w.start).toBeLessThanOrEqual(
					Math.ceil(viewportHeight / rowHeight) + 1 + 2 * overscan
				);
			})
		);
	});

	it('is small at any size: 100,000 rows render as a view and its overscan', () => {
		const w = rowWindow({
			scrollTop: 1_234_567,
			viewportHeight: 600,
			rowHeight: 30,
			overscan: 10,
			total: 100_000
		});
		expect(w).toEqual({
			start: 41142,
			end: 41183,
			before: 41142 * 30,
			after: (100_000 - 41183) * 30,
			pinned: null
		});
	});

	it('keeps the focused row rendered, on its own, wherever the list is scrolled', () => {
		fc.assert(
			fc.property(inputArb, fc.nat({ max: 200_000 }), (input, k) => {
				const keep = input.total > 0 ? k % input.total : null;
				const w = rowWindow({ ...input, keep });
				const plain = rowWindow(input);
				// The window itself does not move for the kept row.
				expect([w.start, w.end]).toEqual([plain.start, plain.end]);
				const rows = w.end - w.start + (w.pinned ? 1 : 0);
				// Every row is rendered or stood for by a spacer, once: the heights add up.
				expect(w.before + rows * input.rowHeight + (w.pinned?.gap ?? 0) + w.after).toBe(
					input.total * input.rowHeight
				);
				if (keep === null) {
					expect(w.pinned).toBeNull();
					return;
				}
				const inWindow = keep >= w.start && keep < w.end;
				expect(w.pinned === null).toBe(inWindow);
				if (w.pinned) {
					expect(w.pinned.index).toBe(keep);
					// Where the pinned row is drawn is where it would be in the full list.
					const top =
						keep < w.start
							? w.before
							: w.before + (w.end - w.start) * input.rowHeight + w.pinned.gap;
					expect(top).toBe(keep * input.rowHeight);
				}
			})
		);
	});

	it('shows the last rows when the list shrinks under a deep scroll position', () => {
		const w = rowWindow({
			scrollTop: 90_000,
			viewportHeight: 300,
			rowHeight: 30,
			overscan: 2,
			total: 50
		});
		expect(w.end).toBe(50);
		expect(w.start).toBe(38);
		expect(w.after).toBe(0);
	});

	it('renders nothing for an empty list or a row height not measured', () => {
		const base = { scrollTop: 0, viewportHeight: 500, rowHeight: 30, overscan: 5, total: 10 };
		const nothing = { start: 0, end: 0, before: 0, after: 0, pinned: null };
		expect(rowWindow({ ...base, total: 0 })).toEqual(nothing);
		expect(rowWindow({ ...base, rowHeight: 0 })).toEqual(nothing);
		// A kept row that is not in the list (it was filtered out) is not rendered.
		expect(rowWindow({ ...base, total: 0, keep: 3 })).toEqual(nothing);
		expect(rowWindow({ ...base, keep: 10 }).pinned).toBeNull();
		expect(rowWindow({ ...base, keep: -1 }).pinned).toBeNull();
		expect(rowWindow({ ...base, scrollTop: NaN })).toEqual(rowWindow(base));
	});
});

describe('scrollToRow', () => {
	it('brings any row fully into view and into the rendered window', () => {
		fc.assert(
			fc.property(
				inputArb.filter((i) => i.total > 0 && i.viewportHeight >= i.rowHeight),
				fc.nat(),
				(input, n) => {
					const index = n % input.total;
					const top = scrollToRow(index, input);
					const { rowHeight, viewportHeight, total } = input;
					expect(top).toBeGreaterThanOrEqual(0);
					expect(top).toBeLessThanOrEqual(Math.max(0, total * rowHeight - viewportHeight));
					expect(index * rowHeight).toBeGreaterThanOrEqual(top - 0.5);
					expect((index + 1) * rowHeight).toBeLessThanOrEqual(top + viewportHeight + 0.5);
					const w = rowWindow({ ...input, scrollTop: top });
					expect(index >= w.start && index < w.end).toBe(true);
				}
			)
		);
	});

	it('never scrolls past the end when the list is a fraction of a pixel taller than the view', () => {
		// Found by the property above (seed 26253595): 2 rows of 41 px in an 80.00000000000001 px view.
		const input = { scrollTop: 0, viewportHeight: 80.00000000000001, rowHeight: 41, total: 2 };
		expect(scrollToRow(1, input)).toBe(2 * 41 - 80.00000000000001);
	});

	it('leaves the scroll position alone when the row is already in view', () => {
		const input = { scrollTop: 300, viewportHeight: 300, rowHeight: 30, total: 100 };
		expect(scrollToRow(12, input)).toBe(300);
		expect(scrollToRow(10, input)).toBe(300);
		expect(scrollToRow(19, input)).toBe(300);
	});

	it('centres a row out of view, within the scrollable range', () => {
		const input = { scrollTop: 0, viewportHeight: 300, rowHeight: 30, total: 100 };
		expect(scrollToRow(50, input)).toBe(50 * 30 - 135);
		expect(scrollToRow(99, input)).toBe(100 * 30 - 300);
		expect(scrollToRow(0, { ...input, scrollTop: 900 })).toBe(0);
		expect(scrollToRow(5, { ...input, total: 0 })).toBe(0);
	});
});
