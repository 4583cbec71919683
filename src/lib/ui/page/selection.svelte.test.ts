import { describe, expect, it } from 'vitest';
import { Selection } from './selection.svelte';

/**
 * A selection on a URL the test controls, with the writes it asked for and the tasks it left for
 * after the next frame (run by `frame()`). A write resolves at once and sets the URL, as goto does.
 */
function selectionAt(query: string) {
	let url = $state(new URLSearchParams(query));
	const written: Record<string, string | null>[] = [];
	let queued: (() => void)[] = [];
	const selection = new Selection(
		() => url,
		(params) => {
			written.push(params);
			const next = new URLSearchParams(url);
			for (const [key, value] of Object.entries(params)) {
				if (value === null) next.delete(key);
				else next.set(key, value);
			}
			url = next;
			return Promise.resolve();
		},
		(task) => queued.push(task)
	);
	const frame = async () => {
		const tasks = queued;
		queued = [];
		for (const task of tasks) task();
		// The write's promise settles in a microtask.
		await Promise.resolve();
	};
	const go = (query: string) => (url = new URLSearchParams(query));
	return { selection, written, frame, go };
}

describe('Selection', () => {
	it.each([
		{ name: 'a code', query: 'region=140000', code: '140000', unknown: null },
		{ name: 'a name', query: 'region=山西', code: '140000', unknown: null },
		{ name: 'nothing', query: 'q=一刀切', code: null, unknown: null },
		{ name: 'no region at all', query: 'region=999999', code: null, unknown: '999999' }
	])('shows the region the URL names by $name', ({ query, code, unknown }) => {
		const { selection } = selectionAt(query);
		expect([selection.code, selection.region?.code ?? null, selection.unknown]).toStrictEqual([
			code,
			code,
			unknown
		]);
		expect(selection.interactive).toBe(false);
	});

	it('shows a choice at once and writes it to the URL only once that is drawn', async () => {
		const { selection, written, frame } = selectionAt('lang=en');
		selection.choose('500000');
		expect([selection.code, selection.interactive, written]).toStrictEqual(['500000', true, []]);
		await frame();
		expect(written).toStrictEqual([{ region: '500000' }]);
		expect(selection.param).toBe('500000');
	});

	it('writes only the last of several choices made before a frame', async () => {
		const { selection, written, frame } = selectionAt('');
		selection.choose('140000');
		selection.choose('500000');
		selection.choose(null);
		expect(selection.code).toBe(null);
		await frame();
		expect(written).toStrictEqual([{ region: null }]);
	});

	it('follows the URL again once a choice is in it: Back shows the region before', async () => {
		const { selection, frame, go } = selectionAt('region=140000');
		selection.choose('500000');
		await frame();
		go('region=140000');
		expect(selection.code).toBe('140000');
	});

	it('forgets a choice on its way when something else decides (another article)', async () => {
		const { selection, written, frame } = selectionAt('region=140000');
		selection.choose('500000');
		selection.drop();
		expect(selection.code).toBe('140000');
		await frame();
		expect(written).toStrictEqual([]);
	});

	it('links to a region keeping the page’s other parameters', () => {
		const { selection } = selectionAt('lang=en&q=%E4%B8%80%E5%88%80%E5%88%87&region=140000');
		expect(selection.href('500000')).toBe('?lang=en&q=%E4%B8%80%E5%88%80%E5%88%87&region=500000');
	});
});
