/**
 * The atlas in Japanese and Russian: each page exists under /ja/ and /ru/ with its language in
 * <html lang> (in the prerendered HTML, before any script runs), translated panels, hreflang
 * alternates, and a language switcher that keeps the view (the query string).
 */
import { describe, expect, it } from 'vitest';
import { SMALL, appUrl, openApp, useBrowser, waitForIdle } from './helpers';
import { readRequiredGeodata } from '../../src/lib/server/geodata';

const browser = useBrowser();

const LOCALES = [
	{
		locale: 'ja',
		filters: 'フィルター',
		layers: 'レイヤー',
		kazakhstan: 'カザフスタン',
		country: '国',
		plant: 'エネルギー施設',
		plantsLayer: 'エネルギー施設',
		name: '日本語',
		// The Methods page's parameter table: a parameter's name and value.
		// The map's own controls.
		zoomIn: '拡大',
		param: '鉄道の速度',
		paramValue: '800～1,112 km/日',
		// No route avoiding Russia and sea legs, with the constraints named.
		noRoute:
			'地図上のネットワークには、条件（ロシアを避ける、海上区間を使わない）を満たす Dostyk から Duisburg へのルートはありません。',
		// The load problem shown when the routing network fails (its detail stays technical).
		noNetwork:
			'network.json を表示できませんでした：回廊の比較とルート検索は利用できません（読み込めませんでした（HTTP 500））',
		// The map's label font file a Japanese country name needs (one of Noto Sans JP's subsets).
		mapFont: /\/fonts\/noto-sans-jp-\d+-400-normal\.woff2$/
	},
	{
		locale: 'ru',
		filters: 'Фильтры',
		layers: 'Слои',
		kazakhstan: 'Казахстан',
		country: 'Страна',
		plant: 'Энергетический объект',
		plantsLayer: 'Энергетические объекты',
		name: 'Русский',
		zoomIn: 'Приблизить',
		param: 'Скорость поезда',
		paramValue: '800–1 112 км/сут.',
		noRoute:
			'На нанесённой сети нет маршрута от Dostyk до Duisburg (в обход России и без морских участков).',
		noNetwork:
			'Не удалось показать network.json: сравнение коридоров и построение маршрутов недоступны (не удалось загрузить (HTTP 500))',
		mapFont: /\/fonts\/noto-sans-cyrillic-400-normal\.woff2$/
	}
] as const;

describe.each(LOCALES)('/$locale/', (t) => {
	it('is prerendered with its language and alternates for every language', async () => {
		const response = await fetch(appUrl(`/${t.locale}/`));
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain(`<html lang="${t.locale}">`);
		for (const lang of ['en', 'ja', 'ru', 'x-default'])
			expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang}" href="[^"]+"`));
		// The only inline script is SvelteKit's bootstrap, allowed by its hash.
		expect(html.match(/<script>/g)?.length ?? 0).toBeLessThanOrEqual(1);
		// English stays at the root.
		expect(await (await fetch(appUrl('/'))).text()).toContain('<html lang="en">');
	});

	it('draws the country names on the map in its language, with the shipped font', async () => {
		const { page, context, errors, externalRequests } = await openApp(
			browser(),
			`/${t.locale}/?map=5/45/66&v=1`
		);
		const drawn = () => page.evaluate(() => window.__atlas!.renderedCount('country-labels'));
		await expect.poll(drawn).toBeGreaterThan(0);
		// MapLibre fetches a font file only to draw a character in its range: the map drew this
		// language's script, from the app's own origin.
		await expect
			.poll(() => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)))
			.toContainEqual(expect.stringMatching(t.mapFont));
		// The names drawn are this language's (Kazakhstan is in view).
		const names = await page.evaluate(
			(lang) => window.__atlas!.renderedProperty('country-labels', `name_${lang}`),
			t.locale
		);
		expect(names).toContain(t.kazakhstan);
		// MapLibre's controls are named in this language too.
		expect(await page.getByRole('button', { name: t.zoomIn, exact: true }).isVisible()).toBe(true);
		expect(errors).toEqual([]);
		expect(externalRequests).toEqual([]);
		await context.close();
	});

	it('shows the panels in its language, and switching language keeps the view', async () => {
		const { page, context, errors, externalRequests } = await openApp(
			browser(),
			`/${t.locale}/?panel=filters&country=KAZ&v=1`
		);
		expect(await page.getAttribute('html', 'lang')).toBe(t.locale);
		await expect.poll(() => page.getByRole('tab', { name: t.filters }).isVisible()).toBe(true);
		expect(await page.getByRole('tab', { name: t.filters }).getAttribute('aria-selected')).toBe(
			'true'
		);
		await expect
			.poll(() =>
				page
					.getByRole('group', { name: t.country, exact: true })
					.getByRole('checkbox', { name: t.kazakhstan, exact: true })
					.isChecked()
			)
			.toBe(true);

		// The switcher's links carry the current query; English lives at the root.
		const english = page.getByTestId('language-switcher').getByRole('link', { name: 'English' });
		const href = new URL((await english.getAttribute('href'))!, page.url());
		expect(href.pathname).toBe('/');
		expect(href.searchParams.get('country')).toBe('KAZ');
		expect(href.searchParams.get('panel')).toBe('filters');

		const other = LOCALES.find((l) => l.locale !== t.locale)!;
		await page.getByTestId('language-switcher').getByRole('link', { name: other.name }).click();
		await page.waitForURL((u) => u.pathname === `/${other.locale}/`);
		expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
		expect(new URL(page.url()).searchParams.get('panel')).toBe('filters');
		expect(await page.getAttribute('html', 'lang')).toBe(other.locale);
		await expect
			.poll(() => page.getByRole('tab', { name: other.filters }).getAttribute('aria-selected'))
			.toBe('true');
		expect(errors).toEqual([]);
		expect(externalRequests).toEqual([]);
		await context.close();
	});

	it('has every record page, in its language, and the Methods page', async () => {
		const { page, context, errors } = await openApp(
			browser(),
			`/${t.locale}/plants/plant-toktogul/?v=1`
		);
		expect(await page.getAttribute('html', 'lang')).toBe(t.locale);
		// The page's title is the record's name in this language where a source gives one.
		const toktogul = readRequiredGeodata(['plants']).plants.features.find(
			(f) => f.properties.id === 'plant-toktogul'
		)!.properties;
		const localName = toktogul.names?.[t.locale as 'ja' | 'ru'] ?? toktogul.name;
		expect(await page.title()).toBe(`${localName} — Corridor Atlas`);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description?.startsWith(t.plant)).toBe(true);
		const detail = page.getByTestId('detail-panel');
		await detail.waitFor();
		expect(await detail.locator('.kind').textContent()).toBe(t.plantsLayer);
		// The layer list's heading is translated too.
		await page.getByRole('tab', { name: t.layers }).click();
		await expect.poll(() => page.getByRole('heading', { name: t.layers }).isVisible()).toBe(true);
		// Back to English from here: the same record, the same query.
		const english = page.getByTestId('language-switcher').getByRole('link', { name: 'English' });
		const href = new URL((await english.getAttribute('href'))!, page.url());
		expect(href.pathname).toBe('/plants/plant-toktogul/');
		expect(href.searchParams.get('sel')).toBe('plant-toktogul');
		expect(errors).toEqual([]);
		await context.close();

		for (const path of [`/${t.locale}/methods/`, `/${t.locale}/corridors/middle-corridor/`]) {
			const response = await fetch(appUrl(path));
			expect(response.status, path).toBe(200);
			expect(await response.text()).toContain(`<html lang="${t.locale}">`);
		}
	});

	it('reports a file that fails to load in its language, the detail as it is', async () => {
		const context = await browser().newContext({ viewport: SMALL });
		await context.route(/data\/network[^/]*\.json/, (route) =>
			route.fulfill({ status: 500, body: 'boom' })
		);
		const page = await context.newPage();
		await page.goto(appUrl(`/${t.locale}/`));
		await waitForIdle(page);
		const alert = page.getByRole('alert').filter({ hasText: 'network.json' });
		expect((await alert.textContent())?.trim()).toBe(t.noNetwork);
		await context.close();
	});

	it('says why there is no route in its language', async () => {
		const { page, context, errors } = await openApp(
			browser(),
			`/${t.locale}/?from=dostyk&to=duisburg&avoid=RUS,sea&panel=route&v=1`
		);
		await expect
			.poll(async () =>
				(await page.getByTestId('route').getByRole('status').first().textContent())?.trim()
			)
			.toBe(t.noRoute);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows the Methods page’s parameter table in its language', async () => {
		const html = await (await fetch(appUrl(`/${t.locale}/methods/`))).text();
		const table = /<tr data-param="rail_speed"[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
		const cells = [...table.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
			c[1]!
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ')
				.trim()
		);
		expect(cells[0]).toBe(t.param);
		expect(cells[1]!.replace(/\s/g, ' ')).toBe(t.paramValue);
		// Every row is translated: none of the English names or derivations is left.
		for (const english of [
			'Rail speed',
			'Caspian ferry speed',
			'Dwell per',
			'Low end',
			'CAREC road'
		])
			expect(html).not.toContain(english);
		// The sources keep their published titles.
		expect(html).toContain('Cina-Europa, passando per Astana');
	});
});
