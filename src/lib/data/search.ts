/**
 * Search across names, aliases and participants that tolerates the region's spelling variants
 * (Aktau/Aqtau/Актау, Turkmenbashi/Türkmenbaşy, Khujand/Хуҷанд, Qoʻqon/Қўқон, Alat/Ələt)
 * and one typo in a word of four letters or more. Pure.
 */

/**
 * Cyrillic to Latin as commonly romanised (Russian, Kazakh, Kyrgyz, Tajik, Uzbek). Letters that
 * Unicode decomposes (й ё ӣ ӯ ў) are listed too: this runs before accents are stripped, and
 * stripping would leave an unmapped Cyrillic и or у behind.
 */
const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'sh',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	// Kazakh (ә ғ қ ң ө ұ ү һ і), Kyrgyz (ң ө ү), Tajik (ғ ӣ қ ӯ ҳ ҷ).
	ә: 'a',
	ғ: 'gh',
	қ: 'q',
	ң: 'ng',
	ө: 'o',
	ұ: 'u',
	ү: 'u',
	һ: 'h',
	і: 'i',
	ӣ: 'i',
	ӯ: 'u',
	ҳ: 'h',
	ҷ: 'j',
	// Uzbek ў is written oʻ in Uzbek Latin (Ўзбекистон, Oʻzbekiston), so it folds with o.
	ў: 'o'
};

/**
 * Latin letters that Unicode does not decompose into a base letter and an accent, or whose base
 * letter is the wrong one to keep; and apostrophes, which are dropped rather than split words.
 */
const LATIN: Record<string, string> = {
	ə: 'a',
	ı: 'i',
	ł: 'l',
	ø: 'o',
	ß: 'ss',
	// Turkmen ž is Cyrillic ж; stripping its caron would leave z.
	ž: 'zh',
	// Uzbek Latin oʻ gʻ and the tutuq sign, typed with any apostrophe: O'zbekiston is one word.
	'\u02bb': '',
	'\u02bc': '',
	'\u2018': '',
	'\u2019': '',
	"'": '',
	'`': '',
	'\u00b4': ''
};

/**
 * A loose spelling key: lower case, romanised, accents dropped, and the letters that
 * romanisations disagree on folded together: q/k, sh/ş/s, ch/ç/c, zh/j/dzh/dj/ž/ҷ, kh/x/h,
 * gh/ğ/g, ng/ň/n, y/ı/i, ə/a, w/v, doubled letters.
 */
export function spellingKey(text: string): string {
	let s = text.toLowerCase();
	s = [...s].map((ch) => CYRILLIC[ch] ?? LATIN[ch] ?? ch).join('');
	// Latin accents go (ş ğ ň ä ý); other scripts' marks stay and are put back together, so that
	// Japanese ガ stays ガ rather than folding into カ (NFKD also folds full-width and half-width forms).
	s = s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.normalize('NFC');
	s = s
		.replace(/kh|x/g, 'h')
		.replace(/gh/g, 'g')
		.replace(/dzh|dj|zh/g, 'j')
		.replace(/sh|ch/g, (m) => m[0]!)
		.replace(/ng/g, 'n')
		.replace(/q/g, 'k')
		.replace(/w/g, 'v')
		.replace(/y/g, 'i')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/(.)\1+/g, '$1');
	return s.trim();
}

/**
 * Whether a and b are at most one edit apart: one letter inserted, deleted or replaced, or two
 * adjacent letters swapped (optimal string alignment distance ≤ 1).
 */
export function withinOneEdit(a: string, b: string): boolean {
	const la = a.length;
	const lb = b.length;
	if (la - lb > 1 || lb - la > 1) return false;
	let i = 0;
	while (i < la && i < lb && a[i] === b[i]) i++;
	if (i === la && i === lb) return true;
	if (la > lb) return sameTail(a, i + 1, b, i);
	if (lb > la) return sameTail(a, i, b, i + 1);
	return (
		sameTail(a, i + 1, b, i + 1) ||
		(a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2))
	);
}

function sameTail(a: string, i: number, b: string, j: number): boolean {
	if (a.length - i !== b.length - j) return false;
	for (; i < a.length; i++, j++) if (a[i] !== b[j]) return false;
	return true;
}

/** Shorter query words are not matched with a typo: too many short words are one edit apart. */
const MIN_TYPO_LENGTH = 4;

export interface Searchable {
	id: string;
	name: string;
	/** The name in the atlas's other languages (Japanese, Russian), matched as names are. */
	names?: string[];
	aliases: string[];
	participants: string[];
}

export interface SearchHit {
	id: string;
	/** What matched, shown to the user when it is not the name. */
	matched: string;
	score: number;
}

/** How a field matched, best first; the tier outweighs which field matched. */
const TIER = {
	/** The whole name or alias is the query. */
	Exact: 5,
	/** The query is one or more whole words of the field. */
	Words: 4,
	/** The query starts at a word start. */
	Prefix: 3,
	/** The query is inside a word. */
	Inner: 2,
	/** Every query word is a word of the name or alias (the last may start one), in any order. */
	AnyOrder: 1,
	/** As AnyOrder, but some query word is one edit from a word. */
	Typo: 0
} as const;
type Tier = (typeof TIER)[keyof typeof TIER];

/** Name 3, alias 2, participant 1: within a tier, a name match ranks first. */
const NAME = 3;
const ALIAS = 2;
const PARTICIPANT = 1;

export class SearchIndex {
	/** Every field's spelling key, joined by newlines (keys have none): one indexOf scans them all. */
	#keys: string;
	/** Where each field's key starts in #keys, and one more start past the end. */
	#starts: Int32Array;
	/** Each field's text, weight and record (an index into #ids). */
	#texts: string[] = [];
	#weights: Uint8Array;
	#records: Int32Array;
	#ids: string[];
	/** Each record's first field, and one more past the last. */
	#firstField: Int32Array;
	/** Every distinct word of the names and aliases; a word's id is its index. */
	#vocabulary: string[] = [];
	#wordIds = new Map<string, number>();
	/** For each vocabulary word, the records whose name or alias has it. */
	#postings: number[][] = [];
	/**
	 * Vocabulary ids by length and first letter, and by length and last letter: a word one edit
	 * from another is at most a letter longer or shorter, and shares its first letter or, when the
	 * edit is at the start, its last.
	 */
	#byLengthAndEnd = new Map<number, number[]>();

	constructor(items: Searchable[]) {
		this.#ids = items.map((item) => item.id);
		this.#firstField = new Int32Array(items.length + 1);
		const keys: string[] = [];
		const weights: number[] = [];
		const records: number[] = [];
		items.forEach((item, record) => {
			this.#firstField[record] = keys.length;
			const add = (text: string, weight: number) => {
				const key = spellingKey(text);
				keys.push(key);
				this.#texts.push(text);
				weights.push(weight);
				records.push(record);
				if (weight > PARTICIPANT) for (const w of key.split(' ')) this.#addWord(w, record);
			};
			add(item.name, NAME);
			for (const n of item.names ?? []) if (n !== item.name) add(n, NAME);
			for (const a of item.aliases) add(a, ALIAS);
			for (const p of item.participants) add(p, PARTICIPANT);
		});
		this.#firstField[items.length] = keys.length;
		this.#keys = keys.join('\n');
		this.#starts = new Int32Array(keys.length + 1);
		for (let f = 0, at = 0; f <= keys.length; f++) {
			this.#starts[f] = at;
			at += (keys[f]?.length ?? 0) + 1;
		}
		this.#weights = Uint8Array.from(weights);
		this.#records = Int32Array.from(records);
		this.#vocabulary.forEach((w, id) => {
			for (const key of [lengthAndEnd(w.length, 0, w), lengthAndEnd(w.length, 1, w)]) {
				const bucket = this.#byLengthAndEnd.get(key);
				if (bucket) bucket.push(id);
				else this.#byLengthAndEnd.set(key, [id]);
			}
		});
	}

	#addWord(word: string, record: number) {
		let id = this.#wordIds.get(word);
		if (id === undefined) {
			this.#wordIds.set(word, (id = this.#vocabulary.push(word) - 1));
			this.#postings.push([]);
		}
		const posting = this.#postings[id]!;
		if (posting[posting.length - 1] !== record) posting.push(record);
	}

	/**
	 * Best matches first: by tier (exact, whole words, word start, inside a word, words in any
	 * order, a typo), then name before alias before participant, then a match at the start, then
	 * the shorter text.
	 */
	search(query: string, limit = 20): SearchHit[] {
		const q = spellingKey(query);
		if (!q || limit <= 0) return [];
		const best = new TopHits(limit);
		// Records already scored: all with a literal match, then those matched word by word.
		const done = new Uint8Array(this.#ids.length);
		let literalHits = 0;
		let record = -1;
		let hit: SearchHit | null = null;
		const flush = () => {
			if (!hit) return;
			best.add(hit);
			done[record] = 1;
			literalHits++;
		};
		// The first occurrence in each field, as fields come in record order.
		for (
			let at = this.#keys.indexOf(q), f = 0;
			at >= 0;
			at = this.#keys.indexOf(q, this.#starts[f + 1])
		) {
			f = this.#fieldAt(at, f);
			if (this.#records[f] !== record) {
				flush();
				record = this.#records[f]!;
				hit = null;
			}
			hit = this.#better(hit, record, f, this.#literalScore(f, at, q.length));
		}
		flush();
		// Word-by-word matches rank below every literal one: only needed when there are too few.
		if (literalHits >= limit) return best.sorted();
		const queryWords = q.split(' ');
		// A match has every query word, so the records with one of them are the only candidates:
		// the longest (likely the rarest) of the finished words, all but the last, which may be a
		// prefix still being typed. A lone word that starts a word has matched literally already.
		const finished = queryWords.length > 1 ? queryWords.slice(0, -1) : queryWords;
		const longest = finished.reduce((a, b) => (b.length > a.length ? b : a));
		for (const word of this.#wordsLike(longest))
			for (const r of this.#postings[word]!) {
				if (done[r]) continue;
				done[r] = 1;
				let hit: SearchHit | null = null;
				for (let f = this.#firstField[r]!; f < this.#firstField[r + 1]!; f++) {
					if (this.#weights[f] === PARTICIPANT) continue;
					const tier = wordsTier(this.#key(f).split(' '), queryWords);
					if (tier === null) continue;
					hit = this.#better(hit, r, f, this.#score(tier, f, false));
				}
				if (hit) best.add(hit);
			}
		return best.sorted();
	}

	/**
	 * The record's hit after field `field` matched with `score`. The name is shown anyway, so the
	 * hit says what else matched only when the name did not.
	 */
	#better(hit: SearchHit | null, record: number, field: number, score: number): SearchHit {
		if (!hit) return { id: this.#ids[record]!, matched: this.#texts[field]!, score };
		const nameMatched = hit.matched === this.#texts[this.#firstField[record]!];
		if (score > hit.score)
			return { ...hit, score, matched: nameMatched ? hit.matched : this.#texts[field]! };
		return hit;
	}

	#key(field: number): string {
		return this.#keys.slice(this.#starts[field], this.#starts[field + 1]! - 1);
	}

	/** The field whose key holds position `at` of #keys, searching from field `from` on. */
	#fieldAt(at: number, from: number): number {
		let lo = from;
		let hi = this.#starts.length - 1;
		while (hi - lo > 1) {
			const mid = (lo + hi) >>> 1;
			if (this.#starts[mid]! <= at) lo = mid;
			else hi = mid;
		}
		return lo;
	}

	#score(tier: Tier, field: number, atStart: boolean): number {
		const length = this.#starts[field + 1]! - this.#starts[field]! - 1;
		return (
			tier * 100 + this.#weights[field]! * 10 + (atStart ? 5 : 0) - Math.min(length, 499) / 100
		);
	}

	/** The score of the query found at position `at` of #keys, in field `field`. */
	#literalScore(field: number, at: number, length: number): number {
		const keys = this.#keys;
		const start = this.#starts[field]!;
		const end = this.#starts[field + 1]! - 1;
		const wordStart = at === start || keys[at - 1] === ' ';
		const wordEnd = at + length === end || keys[at + length] === ' ';
		// Only a name or alias is an exact match: a participant is never the record itself.
		const tier =
			at === start && at + length === end && this.#weights[field] !== PARTICIPANT
				? TIER.Exact
				: wordStart && wordEnd
					? TIER.Words
					: wordStart
						? TIER.Prefix
						: TIER.Inner;
		return this.#score(tier, field, at === start);
	}

	/** Vocabulary ids of `word` and of the words one edit from it. */
	#wordsLike(word: string): number[] {
		const vocabulary = this.#vocabulary;
		const exact = this.#wordIds.get(word);
		const ids = exact === undefined ? [] : [exact];
		if (word.length < MIN_TYPO_LENGTH) return ids;
		for (let n = word.length - 1; n <= word.length + 1; n++) {
			for (const id of this.#byLengthAndEnd.get(lengthAndEnd(n, 0, word)) ?? [])
				if (id !== exact && withinOneEdit(word, vocabulary[id]!)) ids.push(id);
			// Words with the same first letter were compared just now.
			for (const id of this.#byLengthAndEnd.get(lengthAndEnd(n, 1, word)) ?? [])
				if (vocabulary[id]![0] !== word[0] && withinOneEdit(word, vocabulary[id]!)) ids.push(id);
		}
		return ids;
	}
}

/** A bucket key: a word length, and the first (end 0) or last (end 1) code unit of `word`. */
function lengthAndEnd(length: number, end: 0 | 1, word: string): number {
	const code = word.charCodeAt(end ? word.length - 1 : 0);
	return (length * 2 + end) * 0x10000 + code;
}

/**
 * Every query word is a word of the field, the last perhaps only the start of one (AnyOrder), or
 * one edit from one (Typo); null if not.
 */
function wordsTier(fieldWords: string[], queryWords: string[]): Tier | null {
	let typo = false;
	for (const [i, qw] of queryWords.entries()) {
		const last = i === queryWords.length - 1;
		if (fieldWords.some((w) => (last ? w.startsWith(qw) : w === qw))) continue;
		if (qw.length < MIN_TYPO_LENGTH || !fieldWords.some((w) => withinOneEdit(qw, w))) return null;
		typo = true;
	}
	return typo ? TIER.Typo : TIER.AnyOrder;
}

/** The best `limit` hits seen so far, without sorting every hit of a broad query. */
class TopHits {
	#hits: SearchHit[] = [];
	constructor(readonly limit: number) {}

	add(hit: SearchHit) {
		const hits = this.#hits;
		if (hits.length === this.limit && !before(hit, hits[hits.length - 1]!)) return;
		let i = hits.length;
		while (i > 0 && before(hit, hits[i - 1]!)) i--;
		hits.splice(i, 0, hit);
		if (hits.length > this.limit) hits.pop();
	}

	sorted(): SearchHit[] {
		return this.#hits;
	}
}

const before = (a: SearchHit, b: SearchHit) =>
	a.score > b.score || (a.score === b.score && a.id.localeCompare(b.id) < 0);
