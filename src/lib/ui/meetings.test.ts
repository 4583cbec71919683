import { describe, expect, it } from 'vitest';
import type { Meeting, Statement } from '../seed/types';
import { byDate, meetingsOf, peopleOf, silentOfficial, turnsOf } from './meetings';

const secretary = { name: '林建国', title: '省委书记' };
const governor = { name: '赵明远', title: '省长' };
const said = (speaker: Statement['speaker'], text: string): Statement => ({
	verb: '指出',
	text,
	paragraph: 0,
	speaker
});
const meeting = (code: string, date: string | null, statements: Statement[] = []): Meeting => ({
	region: { code, name: code },
	date,
	meeting: '会议',
	official: statements[0]?.speaker ?? null,
	statements,
	source: { paragraphs: [0] }
});

describe('byDate and meetingsOf', () => {
	it('puts meetings in date order, undated last, one day in the article’s order', () => {
		const list = [
			meeting('a', '2019-09-10'),
			meeting('b', null),
			meeting('c', '2019-09-08'),
			meeting('d', '2019-09-10')
		];
		expect(byDate(list).map((m) => m.region.code)).toStrictEqual(['c', 'a', 'd', 'b']);
	});

	it('gives a province reported twice both of its meetings, earliest first', () => {
		const list = [
			meeting('420000', '2020-02-10'),
			meeting('430000', null),
			meeting('420000', '2020-02-03')
		];
		expect(meetingsOf(list, '420000').map((m) => m.date)).toStrictEqual([
			'2020-02-03',
			'2020-02-10'
		]);
		expect(meetingsOf(list, null)).toStrictEqual([]);
	});
});

describe('turnsOf', () => {
	it('marks who speaks where the word passes: secretary, governor, the meeting, the secretary again', () => {
		const turns = turnsOf(
			meeting('x', null, [
				said(secretary, '一'),
				said({ ...secretary }, '二'),
				said(governor, '三'),
				said(null, '四'),
				said(null, '五'),
				said(secretary, '六')
			])
		);
		expect(turns.map((t) => [t.statement.text, t.newSpeaker])).toStrictEqual([
			['一', true],
			['二', false],
			['三', true],
			['四', true],
			['五', false],
			['六', true]
		]);
	});
});

describe('silentOfficial', () => {
	it('is the leading official who chaired but did not speak, else null', () => {
		const chaired = { ...meeting('x', null, [said(null, '一')]), official: governor };
		expect(silentOfficial(chaired)).toBe(governor);
		expect(silentOfficial(meeting('x', null, [said(secretary, '一')]))).toBeNull();
		expect(silentOfficial(meeting('x', null))).toBeNull();
	});
});

describe('peopleOf', () => {
	it('names the leading official, then each other speaker once, and not the meeting', () => {
		const m = meeting('x', null, [
			said(secretary, '一'),
			said(null, '二'),
			said(governor, '三'),
			said(governor, '四')
		]);
		expect(peopleOf(m)).toStrictEqual([secretary, governor]);
		expect(peopleOf({ official: null, statements: [] })).toStrictEqual([]);
	});
});
