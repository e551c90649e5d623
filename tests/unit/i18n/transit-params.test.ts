/**
 * The Methods page's parameter table in every language: each sourced parameter has its name and
 * derivation in every locale's messages, and its value is the model's own range, formatted the
 * way the reader writes numbers.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/data/locale';
import { TRANSIT_PARAMS, TRANSIT_PARAM_SOURCES } from '../../../src/lib/analysis/transit-params';
import { setActiveLocale } from '../../../src/lib/i18n';
import { TRANSIT_PARAM_TEXT, paramValue } from '../../../src/lib/i18n/transit-params';

const messages = Object.fromEntries(
	LOCALES.map((l) => [
		l,
		JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, string>
	])
);

describe('transit-model parameters on the Methods page', () => {
	afterAll(() => setActiveLocale('en'));

	it('have distinct keys, and the model’s own numbers', () => {
		const keys = TRANSIT_PARAM_SOURCES.map((p) => p.key);
		expect(new Set(keys).size).toBe(keys.length);
		const ranges = [
			...Object.values(TRANSIT_PARAMS.speedKmPerDay),
			TRANSIT_PARAMS.borderDwellDays,
			TRANSIT_PARAMS.transshipmentDwellDays
		];
		for (const p of TRANSIT_PARAM_SOURCES) expect(ranges).toContain(p.range);
	});

	it.each(LOCALES)('have a name and a derivation in %s for every row', (locale) => {
		for (const { key } of TRANSIT_PARAM_SOURCES)
			for (const id of [`methods_param_${key}`, `methods_param_${key}_derivation`])
				expect(messages[locale]![id]?.trim(), `${locale}: ${id}`).toBeTruthy();
	});

	it('show each row in the reader’s language', () => {
		const rail = TRANSIT_PARAM_SOURCES.find((p) => p.key === 'rail_speed')!;
		const border = TRANSIT_PARAM_SOURCES.find((p) => p.key === 'border_dwell')!;
		setActiveLocale('en');
		expect(TRANSIT_PARAM_TEXT.rail_speed.label()).toBe('Rail speed');
		expect(paramValue(rail)).toBe('800–1,112 km/day');
		expect(paramValue(border)).toBe('0.86–2.81 days');
		setActiveLocale('ja');
		expect(TRANSIT_PARAM_TEXT.rail_speed.label()).toBe('鉄道の速度');
		expect(paramValue(rail)).toBe('800～1,112 km/日');
		expect(TRANSIT_PARAM_TEXT.sea_speed.derivation()).toMatch(/クリク/);
		setActiveLocale('ru');
		expect(TRANSIT_PARAM_TEXT.border_dwell.label()).toBe('Простой на пересечении границы');
		expect(paramValue(border)).toBe('0,86–2,81 сут.');
		expect(paramValue(rail).replace(/\s/g, ' ')).toBe('800–1 112 км/сут.');
	});
});
