/**
 * The data layers' point symbols, drawn from SVG path data written for this project (public
 * domain, like the rest of the code's own artwork: MIT). The same paths draw the legend (as inline
 * SVG) and the map (rasterized in the browser into signed-distance-field images and added with
 * `addImage(…, { sdf: true })`, so MapLibre tints each icon per feature and draws a halo). Nothing
 * is fetched: the paths ship in the JavaScript bundle.
 */
import type { PlaceKind, PlantTechnology } from '../data/vocab';

/** One part of an icon on a 24×24 grid: a filled shape (even-odd) or a stroked line. */
export interface IconPart {
	d: string;
	/** Stroke width in grid units; absent: the path is filled with the even-odd rule. */
	stroke?: number;
}

export const ICON_GRID = 24;

export const ICONS = {
	// A port: an anchor.
	anchor: [
		{ d: 'M12 1.8a2.2 2.2 0 1 0 0.01 0', stroke: 2 },
		{ d: 'M12 6.2V20.5M7.5 9h9', stroke: 2.4 },
		{ d: 'M4.5 13.5a7.5 7 0 0 0 15 0', stroke: 2.4 }
	],
	// A dry port: a shipping container.
	container: [{ d: 'M2.5 6h19v12h-19zM6 8.5v7h1.6v-7zM11.2 8.5v7h1.6v-7zM16.4 8.5v7h1.6v-7z' }],
	// A border crossing: a gate post and its barrier arm.
	gate: [{ d: 'M3 3.5h4v17H3zM7 8.5h14.5v4.5H7zM11 8.5h3v4.5h-3zM17 8.5h2.5v4.5H17z' }],
	// A station or junction: a small square.
	square: [{ d: 'M7 7h10v10H7z' }],
	// Gas: a flame.
	flame: [
		{
			d: 'M12.5 1.5c.8 4.2 6.5 6.8 6.5 12.8a7 7 0 0 1-14 0c0-3.3 1.6-5.3 2.8-6.8.4 2.2 1.5 3.6 2.7 3.9-1-3.6.2-7.1 2-9.9z'
		}
	],
	// Coal: a lump.
	coal: [{ d: 'M4.5 9.5 10 4.5l8 1.8 3.5 6.7-4 6.5-9 1.5-5.5-5.5z' }],
	// Hydro: a drop.
	drop: [{ d: 'M12 1.5c3.6 5.2 7.5 9 7.5 13.5a7.5 7.5 0 0 1-15 0c0-4.5 3.9-8.3 7.5-13.5z' }],
	// Solar: a sun.
	sun: [
		{ d: 'M12 7a5 5 0 1 0 .01 0z' },
		{
			d: 'M12 1.5v2.5M12 20v2.5M1.5 12H4M20 12h2.5M4.6 4.6l1.8 1.8M17.6 17.6l1.8 1.8M4.6 19.4l1.8-1.8M17.6 6.4l1.8-1.8',
			stroke: 2.2
		}
	],
	// Wind: a turbine.
	turbine: [
		{ d: 'M11 11h2l1 11.5h-4z' },
		{ d: 'M12 10V1.5M12 10l-7.4 4.3M12 10l7.4 4.3', stroke: 2.6 },
		{ d: 'M12 7.8a2.2 2.2 0 1 0 .01 0z' }
	],
	// Nuclear: an atom.
	atom: [
		{
			d: 'M2 12a10 3.8 0 1 0 20 0a10 3.8 0 1 0-20 0M7 3.34a10 3.8 60 1 0 10 17.32a10 3.8 60 1 0-10-17.32M7 20.66a10 3.8-60 1 0 10-17.32a10 3.8-60 1 0-10 17.32',
			stroke: 1.7
		},
		{ d: 'M12 9.6a2.4 2.4 0 1 0 .01 0z' }
	],
	// Storage: a battery.
	battery: [{ d: 'M2 6.5h17v11H2zM4.2 8.7v6.6h12.6V8.7zM5.5 10h6.5v4H5.5zM19 9.5h3v5h-3z' }],
	// Gas-chemical: a laboratory flask.
	flask: [
		{
			d: 'M8.5 1.5h7v2.2h-1.2v5.2l6.2 10.4c.8 1.4-.2 3.2-1.8 3.2H5.3c-1.6 0-2.6-1.8-1.8-3.2l6.2-10.4V3.7H8.5z'
		}
	],
	// Basemap towns: a dot, and a capital's ringed dot.
	town: [{ d: 'M12 5a7 7 0 1 0 .01 0z' }],
	capital: [{ d: 'M12 3a9 9 0 1 0 .01 0', stroke: 2.6 }, { d: 'M12 8.2a3.8 3.8 0 1 0 .01 0z' }],
	// A mine or processing site: a triangle.
	triangle: [{ d: 'M12 2.5 22.5 21H1.5z' }]
} satisfies Record<string, IconPart[]>;

export type IconName = keyof typeof ICONS;

export const PLACE_ICONS: Record<PlaceKind, IconName> = {
	seaport: 'anchor',
	'dry-port': 'container',
	'border-crossing': 'gate',
	station: 'square',
	junction: 'square'
};

export const PLANT_ICONS: Record<PlantTechnology, IconName> = {
	gas: 'flame',
	coal: 'coal',
	hydro: 'drop',
	solar: 'sun',
	wind: 'turbine',
	nuclear: 'atom',
	'gas-chemical': 'flask',
	storage: 'battery'
};

export const MINE_ICON: IconName = 'triangle';

/** The map image id of an icon. */
export const iconImageId = (name: IconName) => `atlas-${name}`;

/** Rendering scale: the icon's grid drawn this many pixels per unit, at this pixel ratio. */
export const ICON_PIXEL_RATIO = 2;
const SCALE = 2;
/** Empty margin around the shape, in pixels, for the halo. */
const BUFFER = 8;
/** MapLibre reads an SDF image's alpha as 0.75 at the edge, 1/8 of the range per pixel. */
const EDGE = 0.75;
const PX = 8;

/** 1D squared-distance transform (Felzenszwalb and Huttenlocher 2012) of f, in place. */
function edt1d(f: Float64Array, n: number, v: Int32Array, z: Float64Array, d: Float64Array) {
	let k = 0;
	v[0] = 0;
	z[0] = -Infinity;
	z[1] = Infinity;
	for (let q = 1; q < n; q++) {
		let s: number;
		for (;;) {
			const r = v[k]!;
			s = (f[q]! + q * q - (f[r]! + r * r)) / (2 * q - 2 * r);
			if (s > z[k]! || k === 0) break;
			k--;
		}
		k++;
		v[k] = q;
		z[k] = s;
		z[k + 1] = Infinity;
	}
	k = 0;
	for (let q = 0; q < n; q++) {
		while (z[k + 1]! < q) k++;
		const r = v[k]!;
		d[q] = (q - r) * (q - r) + f[r]!;
	}
	for (let q = 0; q < n; q++) f[q] = d[q]!;
}

/** Squared distance from each pixel to the nearest pixel where `target` holds. */
function squaredDistances(inside: Uint8Array, size: number, target: 0 | 1): Float64Array {
	const grid = new Float64Array(size * size);
	for (let i = 0; i < grid.length; i++) grid[i] = inside[i] === target ? 0 : 1e20;
	const f = new Float64Array(size);
	const d = new Float64Array(size);
	const v = new Int32Array(size);
	const z = new Float64Array(size + 1);
	for (let x = 0; x < size; x++) {
		for (let y = 0; y < size; y++) f[y] = grid[y * size + x]!;
		edt1d(f, size, v, z, d);
		for (let y = 0; y < size; y++) grid[y * size + x] = f[y]!;
	}
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) f[x] = grid[y * size + x]!;
		edt1d(f, size, v, z, d);
		for (let x = 0; x < size; x++) grid[y * size + x] = f[x]!;
	}
	return grid;
}

/**
 * A signed-distance-field image of an icon, ready for `map.addImage(id, image, { sdf: true,
 * pixelRatio: ICON_PIXEL_RATIO })`. Needs a DOM canvas (browser only).
 */
export function iconSdf(name: IconName): { width: number; height: number; data: Uint8Array } {
	const size = ICON_GRID * SCALE + 2 * BUFFER;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
	ctx.translate(BUFFER, BUFFER);
	ctx.scale(SCALE, SCALE);
	ctx.lineCap = 'round';
	ctx.lineJoin = 'round';
	for (const part of ICONS[name] as IconPart[]) {
		const path = new Path2D(part.d);
		if (part.stroke) {
			ctx.lineWidth = part.stroke;
			ctx.stroke(path);
		} else ctx.fill(path, 'evenodd');
	}
	const alpha = ctx.getImageData(0, 0, size, size).data;
	const inside = new Uint8Array(size * size);
	for (let i = 0; i < inside.length; i++) inside[i] = alpha[i * 4 + 3]! >= 128 ? 1 : 0;
	const toInside = squaredDistances(inside, size, 1);
	const toOutside = squaredDistances(inside, size, 0);
	const data = new Uint8Array(size * size * 4);
	for (let i = 0; i < inside.length; i++) {
		// Signed distance in pixels to the edge (pixel centres are half a pixel from it).
		const dist = inside[i] ? -(Math.sqrt(toOutside[i]!) - 0.5) : Math.sqrt(toInside[i]!) - 0.5;
		const value = Math.round(255 * Math.min(1, Math.max(0, EDGE - dist / PX)));
		data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = 255;
		data[i * 4 + 3] = value;
	}
	return { width: size, height: size, data };
}
