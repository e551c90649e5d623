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

/**
 * Japanese names of the agencies and firms, so that a reader searching in Japanese
 * (国際協力銀行 for JBIC) finds their records. Keyed by canonical name.
 */
const JAPANESE_NAMES: Record<string, string[]> = {
	JICA: ['国際協力機構', 'ジャイカ'],
	JBIC: ['国際協力銀行'],
	NEXI: ['日本貿易保険'],
	JOGMEC: ['エネルギー・金属鉱物資源機構', '石油天然ガス・金属鉱物資源機構'],
	NEDO: ['新エネルギー・産業技術総合開発機構'],
	'Government of Japan': ['日本政府', '外務省'],
	'Mitsubishi Heavy Industries': ['三菱重工業', '三菱重工'],
	'Mitsubishi Power': ['三菱パワー'],
	'Mitsubishi Corporation': ['三菱商事'],
	'Sumitomo Corporation': ['住友商事'],
	Marubeni: ['丸紅'],
	Itochu: ['伊藤忠商事'],
	Sojitz: ['双日'],
	'Toyota Tsusho': ['豊田通商'],
	'Mitsui & Co.': ['三井物産'],
	'Kawasaki Heavy Industries': ['川崎重工業', '川崎重工'],
	Mizuho: ['みずほ銀行', 'みずほ'],
	SMBC: ['三井住友銀行'],
	MUFG: ['三菱UFJ銀行', '三菱UFJ'],
	'Kyushu Electric (Kyuden)': ['九州電力'],
	TEPCO: ['東京電力'],
	'Kansai Electric': ['関西電力'],
	'Toyo Engineering': ['東洋エンジニアリング'],
	JGC: ['日揮'],
	Chiyoda: ['千代田化工建設'],
	Hitachi: ['日立製作所', '日立'],
	Toshiba: ['東芝'],
	IHI: ['IHI'],
	INPEX: ['国際石油開発帝石', 'INPEX']
};

/** The participants' names as search should know them: as written, plus their Japanese names. */
export function participantSearchNames(names: string[]): string[] {
	// Every agency a name mentions: "JBIC (ODA loan operations, now JICA)" is found as either.
	const agencies = names.flatMap((n) =>
		CANONICAL.filter(([pattern]) => pattern.test(n)).map(([, canonical]) => canonical)
	);
	const japanese = new Set(agencies.flatMap((a) => JAPANESE_NAMES[a] ?? []));
	return [...names, ...[...japanese].filter((j) => !names.includes(j))];
}
