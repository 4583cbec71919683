import { getContext, setContext } from 'svelte';
import { REGIONS } from '../geo/regions';
import { t, type Lang } from './i18n';

const LOCALE_KEY = Symbol('locale');

/**
 * The page's language (`?lang=`) and the region names in it, for every component of every page:
 * the layout sets it once (`setLocale`), a component reads it (`getLocale`) rather than taking it
 * as a prop from each layer above.
 */
export class Locale {
	readonly lang: Lang;
	/** Region names in the page's language, by code. */
	readonly names: Record<string, string>;

	constructor(lang: () => Lang) {
		this.lang = $derived(lang());
		this.names = $derived(
			Object.fromEntries(REGIONS.map((r) => [r.code, this.lang === 'en' ? r.en : r.name]))
		);
	}

	/** Interface text in the page's language (i18n.ts). */
	t = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string =>
		t(this.lang, key, params);
}

/** Makes the locale of `lang` the one this component and those under it read. */
export function setLocale(lang: () => Lang): Locale {
	return setContext(LOCALE_KEY, new Locale(lang));
}

/** The locale set above this component (by the layout). */
export function getLocale(): Locale {
	const locale = getContext<Locale | undefined>(LOCALE_KEY);
	if (!locale) throw new Error('getLocale(): no locale set above this component (setLocale)');
	return locale;
}
