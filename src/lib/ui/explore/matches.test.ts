import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../seed/types';
import { countOccurrences, phraseMatches, searchMeetings } from './matches';

const meeting = (code: string, name: string, texts: string[]): Meeting => ({
	region: { code, name },
	date: '2019-09-10',
	meeting: '“不忘初心、牢记使命”主题教育部署会议',
	official: { title: '省委书记', name: `${name}书记` },
	statements: texts.map((text, i) => ({
		verb: '强调',
		text,
		paragraph: i,
		speaker: { title: '省委书记', name: `${name}书记` }
	})),
	source: { paragraphs: [] }
});

const meetings = [
	meeting('500000', '重庆', ['坚决防止“一刀切”，不搞“一刀切”。', '守初心，在“守”上下功夫']),
	meeting('140000', '山西', ['增强“四个意识”，做到“两个维护”']),
	meeting('330000', '浙江', ['防止一刀切'])
];

describe('countOccurrences', () => {
	it.each([
		{ name: 'counts each occurrence', text: '一刀切、一刀切', needle: '一刀切', expected: 2 },
		{
			name: 'does not count overlaps, as marks cannot overlap',
			text: 'aaaa',
			needle: 'aa',
			expected: 2
		},
		{ name: 'finds nothing for an empty needle', text: 'abc', needle: '', expected: 0 }
	])('$name', ({ text, needle, expected }) => {
		expect(countOccurrences(text, needle)).toBe(expected);
	});
});

describe('searchMeetings', () => {
	it('counts a Chinese substring without splitting words, by province in article order', () => {
		expect(searchMeetings(meetings, ' 一刀切 ')).toStrictEqual({
			needle: '一刀切',
			counts: { '500000': 2, '330000': 1 },
			codes: ['500000', '330000'],
			total: 3
		});
	});

	it('matches the meeting name and the official too, as the panel shows and marks them', () => {
		expect(searchMeetings(meetings, '主题教育')?.codes).toStrictEqual([
			'500000',
			'140000',
			'330000'
		]);
		expect(searchMeetings(meetings, '山西书记')?.counts).toStrictEqual({ '140000': 1 });
	});

	it('returns null for an empty or blank query, so nothing is highlighted', () => {
		expect(searchMeetings(meetings, '')).toBeNull();
		expect(searchMeetings(meetings, '  ')).toBeNull();
	});

	it('finds nothing when no one said it', () => {
		expect(searchMeetings(meetings, '乡村振兴')).toStrictEqual({
			needle: '乡村振兴',
			counts: {},
			codes: [],
			total: 0
		});
	});
});

describe('phraseMatches', () => {
	it('counts only the quoted phrase, not the unquoted words', () => {
		expect(phraseMatches(meetings, '一刀切')).toStrictEqual({
			needle: '“一刀切”',
			counts: { '500000': 2 },
			codes: ['500000'],
			total: 2
		});
		expect(phraseMatches(meetings, '守')?.total).toBe(1);
	});

	it('ignores quotes in the meeting name: they are the reporter’s words', () => {
		expect(phraseMatches(meetings, '不忘初心、牢记使命')?.total).toBe(0);
	});

	it('finds a second speaker by title or name, counted once per province', () => {
		const withGovernor: Meeting = {
			...meeting('350000', '福建', ['要推动高质量发展。']),
			statements: [
				{
					verb: '要求',
					text: '要抓好项目。',
					paragraph: 0,
					speaker: { title: '省长', name: '郭安' }
				}
			]
		};
		expect(searchMeetings([withGovernor], '郭安')).toStrictEqual({
			needle: '郭安',
			counts: { '350000': 1 },
			codes: ['350000'],
			total: 1
		});
	});
});
