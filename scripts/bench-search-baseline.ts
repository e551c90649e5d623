/**
 * The search module as it was before typo tolerance (src/lib/state/search.ts at d1a6e76), kept
 * unchanged as the baseline of scripts/bench-search.ts. Not used by the app.
 */

// Russian and Kazakh Cyrillic to Latin, as commonly romanised.
const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	ғ: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'i',
	к: 'k',
	қ: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	ң: 'n',
	о: 'o',
	ө: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ұ: 'u',
	ү: 'u',
	ф: 'f',
	х: 'kh',
	һ: 'h',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'sh',
	ъ: '',
	ы: 'y',
	і: 'i',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	ә: 'a'
};

/**
 * A loose spelling key: lower case, Cyrillic romanised, accents dropped, and the letters that
 * romanisations disagree on folded together (q/k, sh/ş/s, y/ı/i, ə/a, kh/x/h, w/v, doubled letters).
 */
export function spellingKey(text: string): string {
	let s = text.toLowerCase();
	s = [...s].map((ch) => CYRILLIC[ch] ?? ch).join('');
	// Letters that Unicode does not decompose into a base letter and an accent.
	s = s
		.replace(/ə/g, 'a')
		.replace(/ı/g, 'i')
		.replace(/ł/g, 'l')
		.replace(/ø/g, 'o')
		.replace(/ß/g, 'ss');
	s = s.normalize('NFKD').replace(/\p{M}/gu, '');
	s = s
		.replace(/kh|x/g, 'h')
		.replace(/sh|ch|zh/g, (m) => m[0]!)
		.replace(/q/g, 'k')
		.replace(/w/g, 'v')
		.replace(/y/g, 'i')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/(.)\1+/g, '$1');
	return s.trim();
}

export interface Searchable {
	id: string;
	name: string;
	aliases: string[];
	participants: string[];
}

export interface SearchHit {
	id: string;
	/** What matched, shown to the user when it is not the name. */
	matched: string;
	score: number;
}

interface Entry {
	id: string;
	fields: { text: string; key: string; weight: number }[];
}

export class SearchIndex {
	#entries: Entry[];
	constructor(items: Searchable[]) {
		this.#entries = items.map((item) => ({
			id: item.id,
			fields: [
				{ text: item.name, key: spellingKey(item.name), weight: 3 },
				...item.aliases.map((a) => ({ text: a, key: spellingKey(a), weight: 2 })),
				...item.participants.map((p) => ({ text: p, key: spellingKey(p), weight: 1 }))
			]
		}));
	}

	/** Best matches first: name before alias before participant, word starts before inner text. */
	search(query: string, limit = 20): SearchHit[] {
		const q = spellingKey(query);
		if (!q) return [];
		const hits: SearchHit[] = [];
		for (const e of this.#entries) {
			let best: SearchHit | null = null;
			for (const f of e.fields) {
				const at = f.key.indexOf(q);
				if (at < 0) continue;
				const wordStart = at === 0 || f.key[at - 1] === ' ';
				const score = f.weight * 10 + (at === 0 ? 5 : wordStart ? 3 : 0) - f.key.length / 100;
				if (!best || score > best.score) best = { id: e.id, matched: f.text, score };
			}
			if (best) hits.push(best);
		}
		return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
	}
}
