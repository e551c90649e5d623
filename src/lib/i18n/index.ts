/**
 * The UI's messages and the active locale. The locale comes from the page's route (the root layout
 * sets it before anything renders); Paraglide's message functions read it through getLocale. A
 * language switch is a page load, so the locale never changes under a rendered page.
 */
import { BASE_LOCALE, INTL_TAGS, type Locale } from '$lib/data/locale';
import { overwriteGetLocale } from '$lib/paraglide/runtime';

export { m } from '$lib/paraglide/messages';

let active: Locale = BASE_LOCALE;
overwriteGetLocale(() => active);

export function setActiveLocale(locale: Locale): void {
	active = locale;
}
export function activeLocale(): Locale {
	return active;
}
/** The Intl tag of the active locale (numbers, dates). */
export function intlTag(): string {
	return INTL_TAGS[active];
}
