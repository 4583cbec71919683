import { describe, expect, it } from 'vitest';
import { isLang, t } from './i18n';

describe('t', () => {
	it('fills placeholders in either language', () => {
		expect(t('zh', 'mentionedHeading', { n: 11 })).toBe('文中省份（11）');
		expect(t('en', 'mentionedHeading', { n: 11 })).toBe('In the article (11)');
	});

	it('leaves a placeholder it was given no value for, so the gap shows', () => {
		expect(t('en', 'absent')).toBe('The article does not report a meeting in {region}.');
	});

	it('accepts only the languages it has', () => {
		expect([isLang('zh'), isLang('en'), isLang('fr'), isLang(null)]).toStrictEqual([
			true,
			true,
			false,
			false
		]);
	});
});
