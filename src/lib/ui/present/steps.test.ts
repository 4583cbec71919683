import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../seed/types';
import { missingRegion, moveTo, presentSteps, stepIndex, stepParams, type Step } from './steps';

const meeting = (code: string, date: string | null) =>
	({ region: { code, name: code }, date }) as unknown as Meeting;

// Article order, as the seed has it: two days tie.
const meetings = [
	meeting('140000', '2019-09-10'),
	meeting('330000', '2019-09-09'),
	meeting('500000', '2019-09-08'),
	meeting('520000', '2019-09-08'),
	meeting('650000', '2019-09-11')
];
const steps = presentSteps(meetings);
const label = (s: Step) => (s.kind === 'meeting' ? `${s.n}:${s.meeting.region.code}` : s.kind);

describe('presentSteps', () => {
	it('opens on the title, goes through meetings by date (ties in article order), ends on the overview', () => {
		expect(steps.map(label)).toStrictEqual([
			'title',
			'1:500000',
			'2:520000',
			'3:330000',
			'4:140000',
			'5:650000',
			'overview'
		]);
	});

	it('has only the title and the overview when the article reports no meeting', () => {
		expect(presentSteps([]).map(label)).toStrictEqual(['title', 'overview']);
	});
});

describe('a province reported twice, and meetings without a date', () => {
	const twice = presentSteps([
		meeting('420000', '2020-02-10'),
		meeting('430000', null),
		meeting('420000', '2020-02-03'),
		meeting('440000', '2020-02-06')
	]);

	it('gives each meeting a step, in date order, the undated last', () => {
		expect(twice.map(label)).toStrictEqual([
			'title',
			'1:420000',
			'2:440000',
			'3:420000',
			'4:430000',
			'overview'
		]);
	});

	it('names the second meeting of a province step=2 in the URL, and finds it again', () => {
		expect(stepParams(twice[1]!, twice)).toStrictEqual({ region: '420000', step: null });
		expect(stepParams(twice[3]!, twice)).toStrictEqual({ region: '420000', step: '2' });
		twice.forEach((step, i) => expect(stepIndex(twice, stepParams(step, twice))).toBe(i));
		expect(stepIndex(twice, { region: '420000', step: '9' })).toBe(3);
	});
});

describe('stepIndex and stepParams', () => {
	it.each([
		{ name: 'no parameter is the title', params: { region: null, step: null }, expected: 0 },
		{ name: 'a region is its meeting', params: { region: '330000', step: null }, expected: 3 },
		{ name: 'step=overview is the last', params: { region: null, step: 'overview' }, expected: 6 },
		{
			name: 'a region the article does not report falls back to the title',
			params: { region: '110000', step: null },
			expected: 0
		},
		{
			name: 'a region may be named, as on the map page',
			params: { region: '浙江', step: null },
			expected: 3
		}
	])('$name', ({ params, expected }) => {
		expect(stepIndex(steps, params)).toBe(expected);
	});

	it.each([
		{ name: 'a province that is no province', region: 'nowhere', expected: 'nowhere' },
		{ name: 'a province the article does not report', region: '北京', expected: '北京' },
		{ name: 'not a province it reports', region: '330000', expected: null },
		{ name: 'not a province it reports, named', region: 'Zhejiang', expected: null },
		{ name: 'not when no province is asked for', region: null, expected: null }
	])('missingRegion names $name', ({ region, expected }) => {
		expect(missingRegion(steps, { region, step: null })).toBe(expected);
	});

	it('round-trips every step through its URL parameters', () => {
		steps.forEach((step, i) => expect(stepIndex(steps, stepParams(step))).toBe(i));
	});

	it('clears the other parameter so a bookmark names one step', () => {
		expect(stepParams(steps[6]!)).toStrictEqual({ region: null, step: 'overview' });
		expect(stepParams(steps[1]!)).toStrictEqual({ region: '500000', step: null });
		expect(stepParams(steps[0]!)).toStrictEqual({ region: null, step: null });
	});
});

describe('moveTo', () => {
	it.each([
		{ name: 'next from the title is the first meeting', from: 0, move: 'next', expected: 1 },
		{ name: 'next from the last meeting is the overview', from: 5, move: 'next', expected: 6 },
		{ name: 'next stays on the overview', from: 6, move: 'next', expected: 6 },
		{ name: 'prev stays on the title', from: 0, move: 'prev', expected: 0 },
		{ name: 'prev from the first meeting is the title', from: 1, move: 'prev', expected: 0 },
		{ name: 'Home goes to the first meeting', from: 4, move: 'first', expected: 1 },
		{ name: 'End goes to the last meeting', from: 0, move: 'last', expected: 5 }
	] as const)('$name', ({ from, move, expected }) => {
		expect(moveTo(steps, from, move)).toBe(expected);
	});

	it('keeps Home and End where they are when there is no meeting', () => {
		const none = presentSteps([]);
		expect([moveTo(none, 0, 'first'), moveTo(none, 1, 'last')]).toStrictEqual([0, 1]);
	});
});
