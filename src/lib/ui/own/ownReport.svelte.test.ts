import { describe, expect, it } from 'vitest';
import type { OwnArticle } from './ownStore';
import { OwnReport } from './ownReport.svelte';

const article = (id: string) => ({ id }) as OwnArticle;

/** An OwnReport reading from a store of the given articles. */
const ownOf = (...stored: OwnArticle[]) =>
	new OwnReport(async (wanted) => stored.find((a) => a.id === wanted));

describe('OwnReport', () => {
	it('has nothing to show without ?own=', async () => {
		const own = ownOf(article('own-a'));
		await own.show(null);
		expect([own.state, own.article]).toStrictEqual(['none', null]);
	});

	it('reads the article from the store, and says when the store does not have it', async () => {
		const own = ownOf(article('own-a'));
		const shown = own.show('own-a');
		expect(own.state).toBe('loading');
		await shown;
		expect([own.state, own.article]).toStrictEqual(['ready', article('own-a')]);
		await own.show('own-gone');
		expect([own.state, own.article]).toStrictEqual(['missing', null]);
	});

	it('shows the last id asked for when an earlier read finishes after it', async () => {
		let finish!: (a: OwnArticle) => void;
		const own = new OwnReport((id) =>
			id === 'own-slow'
				? new Promise((resolve) => (finish = resolve))
				: Promise.resolve(article(id))
		);
		const slow = own.show('own-slow');
		await own.show('own-b');
		finish(article('own-slow'));
		await slow;
		expect([own.state, own.article]).toStrictEqual(['ready', article('own-b')]);
	});
});
