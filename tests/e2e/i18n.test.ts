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
		mapFont: /\/fonts\/noto-sans-jp-\d+-400-normal\.[0-9a-f]{8}\.woff2$/
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

	it('names the corridors in its language: comparison, legend and Methods page', async () => {
		const corridors = readRequiredGeodata(['corridors']).corridors.corridors;
		const names = corridors.map((c) => c.shortNames?.[t.locale as 'ja' | 'ru']);
		// Every corridor has a short name in this language, not the English one.
		expect(names.every((n, i) => n && n !== corridors[i]!.shortName)).toBe(true);
		const { page, context, errors } = await openApp(browser(), `/${t.locale}/?panel=compare&v=1`);
		const panel = page.getByTestId('compare');
		for (const name of names)
			await expect
				.poll(() => panel.getByRole('checkbox', { name: name!, exact: true }).count())
				.toBe(1);
		const rowHeaders = panel.locator('tbody th[scope="row"]');
		await expect.poll(() => rowHeaders.count()).toBeGreaterThan(0);
		for (const header of await rowHeaders.allTextContents()) expect(names).toContain(header.trim());
		await page.getByRole('tab', { name: t.layers }).click();
		const legend = page.locator('.legend');
		await expect.poll(() => legend.isVisible()).toBe(true);
		const legendText = await legend.textContent();
		for (const name of names) expect(legendText).toContain(name);
		for (const c of corridors) expect(legendText).not.toContain(c.shortName);
		expect(errors).toEqual([]);
		await context.close();

		const methods = await (await fetch(appUrl(`/${t.locale}/methods/`))).text();
		corridors.forEach((c, i) => {
			if (c.publishedTransit.length > 0)
				expect(methods).toMatch(new RegExp(`<td[^>]*>${names[i]}</td>`));
		});
	});

	it('reports a file that fails to load in its language, the detail as it is', async () => {
		const context = await browser().newContext({ viewport: SMALL });
		await context.route(/data\/network[^/]*\.json/, (route) =>
			route.fulfill({ status: 500, body: 'boom' })
		);
		const page = await context.newPage();
		// The network loads when the comparison first needs it.
		await page.goto(appUrl(`/${t.locale}/?panel=compare&v=1`));
		await waitForIdle(page);
		const alert = page.getByRole('alert').filter({ hasText: 'network.json' });
		await expect.poll(async () => (await alert.textContent())?.trim()).toBe(t.noNetwork);
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

describe('Noto Sans JP, one copy for the UI and the map', () => {
	type Entry = { name: string; initiatorType: string; transferSize: number };
	const entries = (page: import('playwright-core').Page) =>
		page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => e as PerformanceResourceTiming)
				.map((e) => ({
					name: e.name,
					initiatorType: e.initiatorType,
					transferSize: e.transferSize
				}))
		) as Promise<Entry[]>;

	it('a Japanese page fetches each subset at most once, for its text and its map labels', async () => {
		const context = await browser().newContext({ viewport: SMALL });
		await context.addInitScript(() => performance.setResourceTimingBufferSize(2000));
		const page = await context.newPage();
		await page.goto(appUrl('/ja/?map=5/45/66&v=1'));
		await waitForIdle(page);
		const jp = (list: Entry[]) => list.filter((e) => /noto-sans-jp-[\w.-]+\.woff2$/.test(e.name));
		// The map's labels load their subsets once drawn (MapLibre fetches them itself).
		await expect
			.poll(async () => jp(await entries(page)).filter((e) => e.initiatorType === 'fetch').length)
			.toBeGreaterThan(0);
		await page.waitForTimeout(1000);
		const files = jp(await entries(page));
		// All from fonts/ (none bundled a second time by the build), each over the network at most once.
		for (const f of files) expect(new URL(f.name).pathname).toMatch(/^\/fonts\//);
		const downloads = new Map<string, number>();
		for (const f of files.filter((e) => e.transferSize > 0))
			downloads.set(f.name, (downloads.get(f.name) ?? 0) + 1);
		expect([...downloads].filter(([, n]) => n > 1)).toEqual([]);
		// The UI's text and the map's labels share files: the map took them from the browser's cache.
		const byUi = new Set(files.filter((e) => e.initiatorType === 'css').map((e) => e.name));
		const byMap = files.filter((e) => e.initiatorType === 'fetch').map((e) => e.name);
		expect(byMap.filter((name) => byUi.has(name)).length).toBeGreaterThan(0);
		// The UI's Japanese is drawn with them (regular and bold faces loaded).
		const loaded = await page.evaluate(() =>
			[...document.fonts]
				.filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans JP' && f.status === 'loaded')
				.map((f) => f.weight)
		);
		expect(new Set(loaded)).toEqual(new Set(['400', '700']));
		await context.close();
	});

	it('the other pages declare only the faces of the switcher’s 日本語', async () => {
		for (const path of ['/', '/ru/']) {
			const html = await (await fetch(appUrl(path))).text();
			expect(html).toMatch(/<link rel="stylesheet" href="[^"]*fonts\/noto-sans-jp-name\.css"/);
			expect(html).not.toMatch(/fonts\/noto-sans-jp\.css/);
		}
		const css = await (await fetch(appUrl('/fonts/noto-sans-jp-name.css'))).text();
		const faces = css.match(/@font-face/g)?.length ?? 0;
		expect(faces).toBeGreaterThan(0);
		expect(faces).toBeLessThanOrEqual(6);
		// Named by their content, the files are cached for good.
		const file = /url\(([^)]+\.woff2)\)/.exec(css)![1]!;
		const response = await fetch(appUrl(`/fonts/${file}`));
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toMatch(/immutable/);
	});
});
