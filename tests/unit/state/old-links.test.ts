import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUrlState, toSearch } from '../../../src/lib/state/url-codec';

const links = readFileSync('tests/fixtures/links/v1.txt', 'utf8')
	.split('\n')
	.filter((l) => l.startsWith('?'));

describe('links from URL format version 1', () => {
	it.each(links)('%s opens with nothing ignored and writes back the same view', (link) => {
		const { state, ignored } = parseUrlState(link);
		expect(ignored).toEqual([]);
		// Written back, the link may differ only in escaping of "/" and ",".
		expect(toSearch(state)).toBe(link.replace(/%2C/gi, ',').replace(/%2F/gi, '/'));
		expect(parseUrlState(toSearch(state)).state).toEqual(state);
	});
});
