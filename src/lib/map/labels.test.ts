import { describe, expect, it } from 'vitest';
import { REGIONS } from '../geo/regions';
import { mapLabels } from './labels';

const days = [{ date: '2019-09-10', color: '#000', ink: '#fff', codes: ['140000'] }];

describe('mapLabels', () => {
	it('puts the meeting day under a mentioned region and nothing under the others', () => {
		const labels = mapLabels(
			REGIONS,
			days,
			(r) => r.name,
			(d) => d?.slice(5) ?? ''
		);
		expect(labels['140000']).toStrictEqual({ name: '山西', lines: ['09-10'] });
		expect(labels['610000']).toStrictEqual({ name: '陕西', lines: [] });
	});

	it('adds an extra line where one is given, in the language the caller names', () => {
		const labels = mapLabels(
			REGIONS,
			days,
			(r) => r.en,
			(d) => d ?? '',
			{ '140000': '3 matches' }
		);
		expect(labels['140000']).toStrictEqual({
			name: 'Shanxi',
			lines: ['2019-09-10', '3 matches'],
			short: 'SX'
		});
	});

	it('offers an English name its ISO code, for where it has no room; a Chinese one nothing', () => {
		const en = mapLabels(
			REGIONS,
			days,
			(r) => r.en,
			(d) => d ?? ''
		);
		const zh = mapLabels(
			REGIONS,
			days,
			(r) => r.name,
			(d) => d ?? ''
		);
		expect([en['450000']!.short, en['150000']!.short, zh['450000']!.short]).toStrictEqual([
			'GX',
			'NM',
			undefined
		]);
	});

	it('labels a province reported twice with its earliest day, and an undated one as such', () => {
		const labels = mapLabels(
			REGIONS,
			[
				{ date: '2020-02-03', color: '#000', ink: '#fff', codes: ['420000'] },
				{ date: '2020-02-10', color: '#111', ink: '#fff', codes: ['420000', '440000'] },
				{ date: null, color: '#222', ink: '#fff', codes: ['430000', '420000'] }
			],
			(r) => r.name,
			(d) => d ?? '未注明'
		);
		expect(labels['420000']?.lines).toStrictEqual(['2020-02-03']);
		expect(labels['440000']?.lines).toStrictEqual(['2020-02-10']);
		expect(labels['430000']?.lines).toStrictEqual(['未注明']);
	});
});
