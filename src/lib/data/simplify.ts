/**
 * Line and ring simplification (Douglas–Peucker, in degrees) and coordinate rounding for the
 * basemap's generated files. Pure: no I/O, no map library.
 */
import type { Position } from 'geojson';

function perpendicularDistance(p: Position, a: Position, b: Position): number {
	const [x, y] = p as [number, number];
	const [x1, y1] = a as [number, number];
	const [x2, y2] = b as [number, number];
	const dx = x2 - x1;
	const dy = y2 - y1;
	const len2 = dx * dx + dy * dy;
	if (len2 === 0) return Math.hypot(x - x1, y - y1);
	const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
	return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Douglas–Peucker: keeps the ends and every vertex further than `tolerance` from the kept line. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
	if (points.length <= 2) return points.slice();
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let maxDistance = 0;
		let index = -1;
		for (let i = first + 1; i < last; i++) {
			const d = perpendicularDistance(points[i]!, points[first]!, points[last]!);
			if (d > maxDistance) {
				maxDistance = d;
				index = i;
			}
		}
		if (index >= 0 && maxDistance > tolerance) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
}

/** A closed ring simplified; null when fewer than 4 positions (a triangle) would remain. */
export function simplifyRing(ring: Position[], tolerance: number): Position[] | null {
	const out = simplifyLine(ring, tolerance);
	return out.length >= 4 ? out : null;
}

/** Rounds every position of a nested coordinate array to `decimals` places. */
export function round<T>(coords: T, decimals: number): T {
	const f = 10 ** decimals;
	if (typeof (coords as unknown[])[0] === 'number')
		return (coords as unknown as number[]).map((v) => Math.round(v * f) / f) as unknown as T;
	return (coords as unknown[]).map((c) => round(c, decimals)) as unknown as T;
}
