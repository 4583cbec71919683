import { describe, expect, it } from 'vitest';
import {
	REGIONS,
	findRegion,
	matchRegionAt,
	regionByCode,
	regionNamedIn
} from '../../src/lib/geo/regions';

describe('REGIONS', () => {
	it('has the 34 provincial-level divisions, each code once, all GB/T 2260 province codes', () => {
		expect(REGIONS).toHaveLength(34);
		expect(new Set(REGIONS.map((r) => r.code)).size).toBe(34);
		for (const r of REGIONS) expect(r.code).toMatch(/^[1-8]\d0000$/);
	});

	it.each(REGIONS.map((r) => [r.code, r] as const))('%s maps to its region and back', (code, r) => {
		expect(regionByCode(code)).toBe(r);
		expect(findRegion(code)).toBe(r);
	});

	it.each(REGIONS.map((r) => [r.name, r] as const))(
		'%s is found by every one of its names',
		(_, r) => {
			for (const name of [r.name, r.fullName, r.en, r.en.toUpperCase(), ...r.aliases]) {
				expect(findRegion(name)?.code).toBe(r.code);
			}
		}
	);

	it('gives no two regions the same spelling, so every lookup is unambiguous', () => {
		const spellings = REGIONS.flatMap((r) =>
			[r.name, r.fullName, r.en, ...r.aliases].map((s) => s.toLowerCase())
		);
		expect(new Set(spellings).size).toBe(spellings.length);
	});

	it('keeps 陕西 and 山西 apart in Chinese and in English', () => {
		expect(findRegion('陕西')?.code).toBe('610000');
		expect(findRegion('山西')?.code).toBe('140000');
		expect(findRegion('Shaanxi')?.code).toBe('610000');
		expect(findRegion('shanxi')?.code).toBe('140000');
	});

	it('knows the names the brief singles out', () => {
		const cases = [
			['内蒙古自治区', '150000'],
			['广西壮族自治区', '450000'],
			['新疆维吾尔自治区', '650000'],
			['宁夏回族自治区', '640000'],
			['西藏自治区', '540000'],
			['Xizang', '540000'],
			['Tibet', '540000'],
			['Hong Kong', '810000'],
			['Macao', '820000'],
			['Taiwan', '710000'],
			[' 北京 ', '110000']
		];
		for (const [name, code] of cases) expect(findRegion(name ?? '')?.code).toBe(code);
	});

	it('finds nothing for what is not a provincial division', () => {
		for (const s of ['', '西安', '140100', 'China', '山']) expect(findRegion(s)).toBeUndefined();
		expect(regionByCode('999999')).toBeUndefined();
	});
});

describe('regionNamedIn', () => {
	const cases = [
		{ sentence: '9月10日，内蒙古自治区党委召开会议', code: '150000', text: '内蒙古自治区' },
		{ sentence: '9月10日，内蒙古召开会议', code: '150000', text: '内蒙古' },
		{ sentence: '，陕西召开', code: '610000', text: '陕西' },
		{ sentence: '，山西召开', code: '140000', text: '山西' },
		{ sentence: '中共宁夏回族自治区委员会', code: '640000', text: '宁夏回族自治区' },
		{ sentence: '山西、陕西两省', code: '140000', text: '山西' }
	];
	it.each(cases)('finds $text in $sentence', ({ sentence, code, text }) => {
		const match = regionNamedIn(sentence);
		expect(match?.region.code).toBe(code);
		expect(match?.text).toBe(text);
		expect(match?.index).toBe(sentence.indexOf(text));
	});

	it('finds nothing in a sentence that names no region', () => {
		expect(regionNamedIn('连日来，各地部署开展主题教育')).toBeUndefined();
	});
});

describe('matchRegionAt', () => {
	it('matches only at the given position, taking the longest spelling', () => {
		expect(matchRegionAt('，广西壮族自治区召开', 1)?.text).toBe('广西壮族自治区');
		expect(matchRegionAt('，广西召开', 0)).toBeUndefined();
	});
});
