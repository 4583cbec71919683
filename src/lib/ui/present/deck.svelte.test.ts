import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../seed/types';
import { Deck } from './deck.svelte';

const meeting = (code: string, date: string) =>
	({ region: { code, name: code }, date }) as unknown as Meeting;
const meetings = [meeting('330000', '2019-09-09'), meeting('500000', '2019-09-08')];

/** A deck on `query`, and the URL parameters each of its moves asked for. */
function deckAt(query: string) {
	const asked: Record<string, string | null>[] = [];
	const deck = new Deck(
		() => meetings,
		() => new URLSearchParams(query),
		(params) => asked.push(params)
	);
	return { deck, asked };
}

describe('Deck', () => {
	it('shows the step the URL names', () => {
		const { deck } = deckAt('region=330000');
		expect([deck.index, deck.selected, deck.total, deck.atEnd]).toStrictEqual([
			2,
			'330000',
			2,
			false
		]);
		expect(deckAt('step=overview').deck).toMatchObject({ index: 3, selected: null, atEnd: true });
		expect(deckAt('').deck).toMatchObject({ index: 0, selected: null, step: { kind: 'title' } });
	});

	it('names a region the URL asks for that has no meeting, and none that has one', () => {
		expect(deckAt('region=nowhere').deck).toMatchObject({ index: 0, missing: 'nowhere' });
		expect(deckAt('region=330000').deck.missing).toBeNull();
		expect(deckAt('').deck.missing).toBeNull();
	});

	it('moves by setting the URL: next, previous, first and last meeting', () => {
		const { deck, asked } = deckAt('region=500000');
		for (const move of ['next', 'prev', 'first', 'last'] as const) deck.move(move);
		// The URL stays on 500000, the first meeting: moving there adds no history entry.
		expect(asked).toStrictEqual([
			{ region: '330000', step: null },
			{ region: null, step: null },
			{ region: '330000', step: null }
		]);
	});

	it('holds a jump within the steps', () => {
		const { deck, asked } = deckAt('region=330000');
		deck.go(99);
		deck.go(-5);
		expect(asked).toStrictEqual([
			{ region: null, step: 'overview' },
			{ region: null, step: null }
		]);
	});
});
