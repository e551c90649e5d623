/**
 * How a line divides between countries: geodesic km inside each country and at sea, the order of
 * countries along it, and the stretches inside Russia (drawn distinctly on the map). Pure.
 *
 * The line is cut into pieces of at most `stepKm`; each piece counts for the country that holds
 * its midpoint. Borders are thus placed to within stepKm / 2, far below the uncertainty of the
 * alignments themselves.
 */
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import type { CountryIndex } from '../data/country-index';

/** Key for pieces in no country (open sea, such as the Caspian). */
export const AT_SEA = 'SEA';

export interface LineBreakdown {
	lengthKm: number;
	/** km inside each country (ISO alpha-3); stretches at sea are under AT_SEA. */
	kmByCountry: Record<string, number>;
	/** Countries in the order the line enters them (at-sea stretches left out). */
	countries: string[];
	/** The parts of the line inside Russia, as polylines. */
	russiaParts: Position[][];
}

export function breakdownLine(
	coords: Position[],
	countries: CountryIndex,
	stepKm = 2
): LineBreakdown {
	if (coords.length < 2) throw new Error('breakdownLine: a line needs at least two positions');
	if (!(stepKm > 0)) throw new Error('breakdownLine: stepKm must be positive');
	const bad = coords.find((c) => !(Math.abs(c[1]!) <= 90 && Math.abs(c[0]!) <= 180));
	if (bad)
		throw new Error(
			`breakdownLine: [${bad.join(', ')}] is not [longitude, latitude]: are they swapped?`
		);
	const kmByCountry: Record<string, number> = {};
	const order: string[] = [];
	const russiaParts: Position[][] = [];
	let lengthKm = 0;
	let current: Position[] | null = null;
	let last: string | undefined;
	for (let i = 1; i < coords.length; i++) {
		const a = coords[i - 1]!;
		const b = coords[i]!;
		const km = distance(a, b, { units: 'kilometers' });
		lengthKm += km;
		const pieces = Math.max(1, Math.ceil(km / stepKm));
		for (let p = 0; p < pieces; p++) {
			const at = (t: number): Position => [
				a[0]! + (b[0]! - a[0]!) * t,
				a[1]! + (b[1]! - a[1]!) * t
			];
			const start = at(p / pieces);
			const end = at((p + 1) / pieces);
			const mid = at((p + 0.5) / pieces);
			// Most pieces lie in the same country as the one before: test that first.
			const code =
				last && last !== AT_SEA && countries.inCountry(mid, last)
					? last
					: (countries.containing(mid).find((c) => c !== '') ?? AT_SEA);
			kmByCountry[code] = (kmByCountry[code] ?? 0) + km / pieces;
			if (code !== AT_SEA && order[order.length - 1] !== code) order.push(code);
			if (code === 'RUS') {
				if (current) current.push(end);
				else russiaParts.push((current = [start, end]));
			} else current = null;
			last = code;
		}
	}
	for (const k of Object.keys(kmByCountry)) kmByCountry[k] = Math.round(kmByCountry[k]! * 10) / 10;
	return { lengthKm: Math.round(lengthKm * 10) / 10, kmByCountry, countries: order, russiaParts };
}
