/**
 * Camera rules: the allowed range, the region the app opens on, how a camera is rounded for a link,
 * and when two cameras count as the same view. Pure.
 */
import type { Camera } from './view';

export const MIN_ZOOM = 1.5;
export const MAX_ZOOM = 14;
export const MAX_PITCH = 60;

/** The region the app opens on: Istanbul to western China. [[west, south], [east, north]] */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
	[25, 30],
	[90, 56]
];

/** Whether a camera is within the allowed range. */
export function cameraInRange(c: Camera): boolean {
	return (
		c.zoom >= MIN_ZOOM &&
		c.zoom <= MAX_ZOOM &&
		Math.abs(c.lat) <= 85 &&
		Math.abs(c.lon) <= 180 &&
		c.pitch >= 0 &&
		c.pitch <= MAX_PITCH
	);
}

export function normalizeBearing(b: number): number {
	// Leave in-range values untouched: the modulo below adds float noise to them.
	if (b > -180 && b <= 180) return b;
	const n = ((((b + 180) % 360) + 360) % 360) - 180;
	return n === -180 ? 180 : n;
}

/** Decimal places for lon/lat so that a link's rounding stays below a pixel at that zoom. */
export function coordinateDecimals(zoom: number): number {
	return Math.max(0, Math.min(6, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360)) / Math.LN10)));
}

function round(n: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(n * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

/** Rounds a camera the way the URL does, so state and link agree exactly. */
export function roundCamera(c: Camera): Camera {
	const zoom = round(c.zoom, 2);
	const d = coordinateDecimals(zoom);
	return {
		zoom,
		lat: round(c.lat, d),
		lon: round(c.lon, d),
		bearing: normalizeBearing(round(c.bearing, 1)),
		pitch: round(c.pitch, 1)
	};
}

/**
 * Whether two cameras show the same view up to the URL's rounding: the map need not move to
 * show `b` when it shows `a`. Comparing rounded values keeps a map that reported its own camera
 * from being moved again by that report.
 */
export function sameView(a: Camera, b: Camera): boolean {
	const x = roundCamera(a);
	const y = roundCamera(b);
	const d = 10 ** -coordinateDecimals(Math.min(x.zoom, y.zoom));
	const bearingGap = Math.abs(((x.bearing - y.bearing + 540) % 360) - 180);
	return (
		Math.abs(x.zoom - y.zoom) <= 0.01 &&
		Math.abs(x.lat - y.lat) <= d &&
		Math.abs(x.lon - y.lon) <= d &&
		bearingGap <= 0.1 &&
		Math.abs(x.pitch - y.pitch) <= 0.1
	);
}
