import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../seed/types';
import { alignByVerb, regionColumns } from './align';

const said = (verb: string, paragraph: number) => ({
	verb,
	text: `${verb}${paragraph}`,
	paragraph
});
const meeting = (code: string, ...statements: ReturnType<typeof said>[]) =>
	({ region: { code, name: code }, statements }) as unknown as Meeting;

describe('alignByVerb', () => {
	it('gives each verb a row in order of first appearance, with both of a province’s 指出', () => {
		const guangxi = meeting('450000', said('强调', 13), said('指出', 14));
		const chongqing = meeting('500000', said('指出', 15), said('强调', 16), said('要求', 17));
		const yunnan = meeting('530000', said('指出', 20), said('强调', 21), said('指出', 22));
		expect(alignByVerb([guangxi, chongqing, yunnan])).toStrictEqual([
			{ verb: '强调', cells: [[said('强调', 13)], [said('强调', 16)], [said('强调', 21)]] },
			{
				verb: '指出',
				cells: [[said('指出', 14)], [said('指出', 15)], [said('指出', 20), said('指出', 22)]]
			},
			{ verb: '要求', cells: [[], [said('要求', 17)], []] }
		]);
	});

	it('has no rows without meetings', () => {
		expect(alignByVerb([])).toStrictEqual([]);
	});
});

describe('regionColumns', () => {
	const held = (code: string, date: string | null, ...statements: ReturnType<typeof said>[]) =>
		({
			region: { code, name: code },
			date,
			official: { name: `${code}书记`, title: '省委书记' },
			statements
		}) as unknown as Meeting;

	it('gives a province reported twice one column, its meetings and words in date order', () => {
		const later = held('420000', '2020-02-10', said('强调', 1));
		const other = held('430000', null, said('要求', 2));
		const earlier = held('420000', '2020-02-03', said('指出', 3));
		expect(regionColumns([later, other, earlier])).toStrictEqual([
			{
				code: '420000',
				meetings: [earlier, later],
				statements: [said('指出', 3), said('强调', 1)],
				lead: { name: '420000书记', title: '省委书记' }
			},
			{
				code: '430000',
				meetings: [other],
				statements: [said('要求', 2)],
				lead: { name: '430000书记', title: '省委书记' }
			}
		]);
	});
});
