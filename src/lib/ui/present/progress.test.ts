import { describe, expect, it } from 'vitest';
import type { Day } from '../../map/color';
import type { Meeting } from '../../seed/types';
import { missingText, progressText, trackGroups } from './progress';
import { presentSteps } from './steps';

const meeting = (code: string, name: string, date: string) =>
	({ region: { code, name }, date }) as unknown as Meeting;
const steps = presentSteps([
	meeting('140000', '山西', '2019-09-10'),
	meeting('500000', '重庆', '2019-09-08'),
	meeting('520000', '贵州', '2019-09-08')
]);
const day = (date: string, codes: string[]): Day => ({ date, color: '#000', ink: '#fff', codes });

describe('progressText', () => {
	it.each([
		{
			name: 'counts meetings, with the date and province',
			i: 3,
			lang: 'zh',
			expected: '3 / 3 · 2019年9月10日 · 山西'
		},
		{ name: 'in English too', i: 1, lang: 'en', expected: '1 / 3 · 8 September 2019 · Chongqing' },
		{ name: 'names the title step', i: 0, lang: 'zh', expected: '开篇' },
		{ name: 'names the overview', i: 4, lang: 'en', expected: 'Overview' }
	] as const)('$name', ({ i, lang, expected }) => {
		const names: Record<string, string> =
			lang === 'en' ? { '140000': 'Shanxi', '500000': 'Chongqing' } : {};
		expect(progressText(steps[i]!, 3, lang, names)).toBe(expected);
	});
});

describe('missingText', () => {
	it('says there is no such province, quoting the value as the map page does', () => {
		expect(missingText('nowhere', 'zh')).toBe('没有找到省份“nowhere”。');
		expect(missingText('a\u0000b', 'en')).toBe('No province called “a␀b”.');
	});

	it('says the article does not report a province it knows', () => {
		expect(missingText('110000', 'zh')).toBe('本文未报道北京市的会议。');
		expect(missingText('北京', 'en')).toBe('The article does not report a meeting in Beijing.');
	});
});

describe('trackGroups', () => {
	it('puts each meeting step under its day, in the order they are shown', () => {
		const days = [day('2019-09-08', ['500000', '520000']), day('2019-09-10', ['140000'])];
		expect(trackGroups(days, steps, {})).toStrictEqual([
			{
				day: days[0],
				items: [
					{ index: 1, name: '重庆' },
					{ index: 2, name: '贵州' }
				]
			},
			{ day: days[1], items: [{ index: 3, name: '山西' }] }
		]);
	});

	it('puts meetings of different days under the week they are grouped into', () => {
		const week = { ...day('2019-09-02', ['500000', '520000', '140000']), end: '2019-09-08' };
		expect(trackGroups([week], steps, {})[0]!.items.map((i) => i.index)).toStrictEqual([1, 2, 3]);
	});
});
