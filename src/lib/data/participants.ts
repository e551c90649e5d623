/**
 * Japanese participants under one name each, so that "JBIC (Japan Bank for International
 * Cooperation)" and "JBIC" count as one financier in filters, counts and statistics. Pure.
 */
/** Patterns and canonical names; unlisted names keep their text before any parenthesis. */
const CANONICAL: [RegExp, string][] = [
	[/\bJICA\b|Japan International Cooperation Agency/i, 'JICA'],
	[/\bJBIC\b|Japan Bank for International Cooperation/i, 'JBIC'],
	[/\bNEXI\b|Nippon Export and Investment Insurance/i, 'NEXI'],
	[/\bJOGMEC\b|Japan Organization for Metals and Energy Security/i, 'JOGMEC'],
	[/\bNEDO\b/i, 'NEDO'],
	[
		/\bMOFA\b|Ministry of Foreign Affairs of Japan|Government of Japan|Japanese government/i,
		'Government of Japan'
	],
	[/Mitsubishi Heavy|\bMHI\b/i, 'Mitsubishi Heavy Industries'],
	[/Mitsubishi Power/i, 'Mitsubishi Power'],
	[/Mitsubishi Corp/i, 'Mitsubishi Corporation'],
	[/Sumitomo Corp|^Sumitomo$/i, 'Sumitomo Corporation'],
	[/Marubeni/i, 'Marubeni'],
	[/Itochu|ITOCHU/i, 'Itochu'],
	[/Sojitz/i, 'Sojitz'],
	[/Toyota Tsusho/i, 'Toyota Tsusho'],
	[/Mitsui & Co|Mitsui and Co|^Mitsui$/i, 'Mitsui & Co.'],
	[/Kawasaki Heavy/i, 'Kawasaki Heavy Industries'],
	[/Mizuho/i, 'Mizuho'],
	[/\bSMBC\b|Sumitomo Mitsui Banking/i, 'SMBC'],
	[/\bMUFG\b/i, 'MUFG'],
	[/Kyuden|Kyushu Electric/i, 'Kyushu Electric (Kyuden)'],
	[/TEPCO|Tokyo Electric/i, 'TEPCO'],
	[/Kansai Electric/i, 'Kansai Electric'],
	[/Toyo Engineering/i, 'Toyo Engineering'],
	[/\bJGC\b/i, 'JGC'],
	[/Chiyoda/i, 'Chiyoda'],
	[/Hitachi/i, 'Hitachi'],
	[/Toshiba/i, 'Toshiba'],
	[/\bIHI\b/i, 'IHI'],
	[/\bINPEX\b/i, 'INPEX']
];

export function canonicalParticipant(name: string): string {
	for (const [pattern, canonical] of CANONICAL) if (pattern.test(name)) return canonical;
	return name.replace(/\s*\(.*$/, '').trim() || name.trim();
}

/** The distinct canonical names of a list of participants, sorted. */
export function financiersOf(names: string[]): string[] {
	return [...new Set(names.map(canonicalParticipant))].sort();
}
