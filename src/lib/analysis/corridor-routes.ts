/**
 * Each corridor's main route, used for the corridor-level figures (length, countries, crossings,
 * days) and for the comparison. Corridors that reach Europe are measured from the Chinese border
 * to a destination they share (Duisburg unless the reader picks another), so that they are
 * compared between the same two ends; the others to their own far end. Pure.
 */
import { DEFAULT_COMPARE_DESTINATION, type CompareDestination } from '../data/vocab';

export interface CorridorEnds {
	from: string;
	to: string;
	/** `to` is the comparison's shared destination (else the corridor's own far end). */
	shared: boolean;
}

const OWN: Record<string, { from: string; to: string; shared: boolean }> = {
	'middle-corridor': { from: 'alashankou', to: DEFAULT_COMPARE_DESTINATION, shared: true },
	'northern-corridor': { from: 'alashankou', to: DEFAULT_COMPARE_DESTINATION, shared: true },
	// No Iran–Türkiye or Iran–Europe line is mapped: the southern route keeps its own end.
	'southern-corridor': { from: 'alashankou', to: 'tehran', shared: false },
	'cku-railway': { from: 'kashgar', to: 'andijan', shared: false },
	// Not a corridor: the national lines, measured from Tashkent to the Caspian at Turkmenbashi.
	'central-asian-lines': { from: 'tashkent', to: 'turkmenbashi-port', shared: false }
};

/** The ends a corridor is compared between when the shared destination is `destination`. */
export function comparisonEnds(
	corridorId: string,
	destination: CompareDestination = DEFAULT_COMPARE_DESTINATION
): CorridorEnds | null {
	const own = OWN[corridorId];
	if (!own) return null;
	return own.shared ? { ...own, to: destination } : own;
}
