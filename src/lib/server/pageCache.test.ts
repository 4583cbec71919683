import { describe, expect, it } from 'vitest';
import { PageCache } from './pageCache';

const page = (body: string) => ({
	body,
	headers: [['content-type', 'text/html']] as [string, string][]
});

describe('PageCache', () => {
	it('gives back what it was given, by key', () => {
		const cache = new PageCache(2);
		cache.set('/?region=140000', page('a'));
		expect(cache.get('/?region=140000')?.body).toBe('a');
		expect(cache.get('/')).toBeUndefined();
	});

	it('drops the least recently used page when full', () => {
		const cache = new PageCache(2);
		cache.set('/a', page('a'));
		cache.set('/b', page('b'));
		cache.get('/a');
		cache.set('/c', page('c'));
		expect([cache.get('/a')?.body, cache.get('/b')?.body, cache.get('/c')?.body]).toStrictEqual([
			'a',
			undefined,
			'c'
		]);
	});
});
