/**
 * Route failures in each language: English keeps the router's sentence; Japanese and Russian are
 * worded from the failure's code, its ends and the constraints, with no English left.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RouteFailure } from '../../../src/lib/analysis/network';
import { setActiveLocale } from '../../../src/lib/i18n';
import { routeFailureText } from '../../../src/lib/i18n/routes';

const noRoute: RouteFailure = {
	ok: false,
	code: 'no-route',
	from: 'Aktau',
	to: 'Baku',
	avoid: ['RUS', 'sea'],
	corridors: [],
	reason: 'No route from Aktau to Baku avoiding Russia, without sea legs on the mapped network.'
};
const failures: RouteFailure[] = [
	noRoute,
	{ ...noRoute, avoid: [], reason: 'No route from Aktau to Baku on the mapped network.' },
	{ ok: false, code: 'unknown-origin', id: 'x', reason: 'Unknown origin "x".' },
	{ ok: false, code: 'unknown-destination', id: 'y', reason: 'Unknown destination "y".' },
	{ ok: false, code: 'same-place', reason: 'Origin and destination are the same place.' },
	{ ok: false, code: 'no-main-route', reason: 'No main route is defined for this corridor.' }
];

describe('route failures by language', () => {
	afterAll(() => setActiveLocale('en'));

	it('keep the router’s English sentence in English', () => {
		setActiveLocale('en');
		for (const f of failures) expect(routeFailureText(f)).toBe(f.reason);
	});

	it('name the ends and the constraints in Japanese and Russian', () => {
		setActiveLocale('ja');
		expect(routeFailureText(noRoute)).toBe(
			'地図上のネットワークには、条件（ロシアを避ける、海上区間を使わない）を満たす Aktau から Baku へのルートはありません。'
		);
		setActiveLocale('ru');
		expect(routeFailureText(noRoute)).toBe(
			'На нанесённой сети нет маршрута от Aktau до Baku (в обход России и без морских участков).'
		);
		expect(
			routeFailureText(
				{ ...noRoute, avoid: ['IRN'], corridors: ['middle'] },
				() => 'Средний коридор'
			)
		).toBe(
			'На нанесённой сети нет маршрута от Aktau до Baku (в обход Ирана и только по коридорам: Средний коридор).'
		);
	});

	it.each(['ja', 'ru'] as const)('leave no English sentence in %s', (locale) => {
		setActiveLocale(locale);
		for (const f of failures) {
			const text = routeFailureText(f);
			expect(text).not.toBe(f.reason);
			expect(text).not.toMatch(/\b(route|origin|destination|corridor|avoiding|without)\b/i);
		}
	});
});
