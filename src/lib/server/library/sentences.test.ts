import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../seed/types';
import { sentenceRows } from './sentences';

const meeting = (code: string, date: string | null, ...texts: string[]): Meeting => ({
	region: { code, name: code },
	date,
	meeting: '会议',
	official: { title: '省委书记', name: '甲' },
	source: { paragraphs: [] },
	statements: texts.map((text, i) => ({
		verb: '指出',
		text,
		paragraph: i,
		speaker: i === 0 ? { title: '省委书记', name: '甲' } : null
	}))
});

describe('sentenceRows', () => {
	it('cuts each statement into sentences, keeping a quotation whole and each speaker', () => {
		const rows = sentenceRows({
			meetings: [
				meeting(
					'140000',
					'2019-09-10',
					'要抓落实。总书记指出，“要防止‘一刀切’。要久久为功。”这是要求！',
					'会议要求，不搞形式主义'
				),
				meeting('500000', null, '')
			]
		});
		const base = { region: '140000', date: '2019-09-10', meeting: 0 };
		const first = { ...base, statement: 0, speakerTitle: '省委书记', speakerName: '甲' };
		const second = { ...base, statement: 1, speakerTitle: null, speakerName: null };
		expect(rows).toStrictEqual([
			{ ...first, text: '要抓落实。' },
			{ ...first, text: '总书记指出，“要防止‘一刀切’。要久久为功。”' },
			{ ...first, text: '这是要求！' },
			{ ...second, text: '会议要求，不搞形式主义' }
		]);
	});
});
