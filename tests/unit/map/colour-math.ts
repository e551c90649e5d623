/**
 * Colour science for the palette test: CIEDE2000 colour difference, WCAG contrast, and
 * simulated dichromacy (Machado, Oliveira and Fernandes 2009, severity 1.0, in linear sRGB).
 */
export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	const n = parseInt(m[1]!, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toLinear = (c: number) => {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (l: number) => {
	const c = Math.min(1, Math.max(0, l));
	return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** WCAG 2 relative luminance and contrast ratio. */
export function luminance(rgb: Rgb): number {
	const [r, g, b] = rgb.map(toLinear) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: Rgb, b: Rgb): number {
	const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (la + 0.05) / (lb + 0.05);
}

const MACHADO: Record<'protanopia' | 'deuteranopia', number[]> = {
	protanopia: [
		0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998
	],
	deuteranopia: [
		0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881
	]
};
export function simulate(rgb: Rgb, kind: keyof typeof MACHADO): Rgb {
	const m = MACHADO[kind];
	const [r, g, b] = rgb.map(toLinear) as Rgb;
	return [
		fromLinear(m[0]! * r + m[1]! * g + m[2]! * b),
		fromLinear(m[3]! * r + m[4]! * g + m[5]! * b),
		fromLinear(m[6]! * r + m[7]! * g + m[8]! * b)
	];
}

/** sRGB (D65) to CIE L*a*b*. */
export function toLab(rgb: Rgb): [number, number, number] {
	const [r, g, b] = rgb.map(toLinear) as Rgb;
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 (Sharma, Wu and Dalal 2005), kL = kC = kH = 1. */
export function deltaE2000(c1: Rgb, c2: Rgb): number {
	return deltaE2000Lab(toLab(c1), toLab(c2));
}
export function deltaE2000Lab(
	[L1, a1, b1]: [number, number, number],
	[L2, a2, b2]: [number, number, number]
): number {
	const rad = Math.PI / 180;
	const C1 = Math.hypot(a1, b1);
	const C2 = Math.hypot(a2, b2);
	const Cm = (C1 + C2) / 2;
	const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
	const a1p = (1 + G) * a1;
	const a2p = (1 + G) * a2;
	const C1p = Math.hypot(a1p, b1);
	const C2p = Math.hypot(a2p, b2);
	const hue = (a: number, b: number) => {
		if (a === 0 && b === 0) return 0;
		const h = Math.atan2(b, a) / rad;
		return h < 0 ? h + 360 : h;
	};
	const h1p = hue(a1p, b1);
	const h2p = hue(a2p, b2);
	const dLp = L2 - L1;
	const dCp = C2p - C1p;
	let dhp = 0;
	if (C1p * C2p !== 0) {
		dhp = h2p - h1p;
		if (dhp > 180) dhp -= 360;
		else if (dhp < -180) dhp += 360;
	}
	const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
	const Lm = (L1 + L2) / 2;
	const Cmp = (C1p + C2p) / 2;
	let hmp = h1p + h2p;
	if (C1p * C2p !== 0) {
		if (Math.abs(h1p - h2p) <= 180) hmp = (h1p + h2p) / 2;
		else hmp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
	}
	const T =
		1 -
		0.17 * Math.cos((hmp - 30) * rad) +
		0.24 * Math.cos(2 * hmp * rad) +
		0.32 * Math.cos((3 * hmp + 6) * rad) -
		0.2 * Math.cos((4 * hmp - 63) * rad);
	const dTheta = 30 * Math.exp(-(((hmp - 275) / 25) ** 2));
	const Rc = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
	const Sl = 1 + (0.015 * (Lm - 50) ** 2) / Math.sqrt(20 + (Lm - 50) ** 2);
	const Sc = 1 + 0.045 * Cmp;
	const Sh = 1 + 0.015 * Cmp * T;
	const Rt = -Math.sin(2 * dTheta * rad) * Rc;
	return Math.sqrt(
		(dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh)
	);
}
