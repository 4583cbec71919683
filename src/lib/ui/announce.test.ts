import { describe, expect, it } from 'vitest';
import { regionSaid } from './announce';

const official = { name: '骆惠宁', title: '省委书记' };

describe('regionSaid', () => {
	it('says the name, the date and the official', () => {
		expect(regionSaid('山西', [{ date: '2019-09-10', official }], 'zh')).toBe(
			'山西，2019年9月10日，省委书记骆惠宁。'
		);
	});

	it('says so when the article gives no date, or names no one', () => {
		expect(regionSaid('山西', [{ date: null, official }], 'zh')).toBe(
			'山西，日期未注明，省委书记骆惠宁。'
		);
		expect(regionSaid('山西', [{ date: '2019-09-10', official: null }], 'zh')).toBe(
			'山西，2019年9月10日。'
		);
	});

	it('says a region the article does not mention is not in it', () => {
		expect(regionSaid('北京', [], 'zh')).toBe('北京，文中未提及。');
		expect(regionSaid('Beijing', [], 'en')).toBe('Beijing, Not in the article.');
	});

	it('tells each of two meetings, in date order', () => {
		const said = regionSaid(
			'山西',
			[
				{ date: '2019-09-12', official: { name: '楼阳生', title: '省长' } },
				{ date: '2019-09-10', official }
			],
			'zh'
		);
		expect(said).toBe('山西，2019年9月10日，省委书记骆惠宁；2019年9月12日，省长楼阳生。');
	});

	it('glosses the office and gives the name in pinyin in English', () => {
		expect(
			regionSaid('Shanxi', [{ date: '2019-09-10', official }], 'en', {
				骆惠宁: 'Luo Huining'
			})
		).toMatch(/^Shanxi, .*2019, Party Secretary Luo Huining\.$/);
	});
});
