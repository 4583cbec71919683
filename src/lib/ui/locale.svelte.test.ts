import { describe, expect, it } from 'vitest';
import type { Lang } from './i18n';
import { Locale } from './locale.svelte';

describe('Locale', () => {
	it.each([
		{ lang: 'zh' as Lang, name: '内蒙古', text: '关闭' },
		{ lang: 'en' as Lang, name: 'Inner Mongolia', text: 'Close' }
	])(
		'names regions and speaks in the language the page asks for ($lang)',
		({ lang, name, text }) => {
			const locale = new Locale(() => lang);
			expect([locale.lang, locale.names['150000'], locale.t('close')]).toStrictEqual([
				lang,
				name,
				text
			]);
		}
	);

	it('follows the language as it changes (a ?lang= link followed without a reload)', () => {
		let lang = $state<Lang>('zh');
		const locale = new Locale(() => lang);
		expect(locale.names['140000']).toBe('山西');
		lang = 'en';
		expect([locale.lang, locale.names['140000']]).toStrictEqual(['en', 'Shanxi']);
	});
});
