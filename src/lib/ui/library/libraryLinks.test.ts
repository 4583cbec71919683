import { describe, expect, it } from 'vitest';
import { downloads, LibraryLinks } from './libraryLinks';

const links = (search: string) => new LibraryLinks(new URLSearchParams(search));

describe('LibraryLinks', () => {
	it('sorts from the first page, keeping the search and the language', () => {
		const l = links('q=一刀切&page=3&lang=en');
		expect(l.sorted('date', 'asc')).toBe(
			'/library?q=%E4%B8%80%E5%88%80%E5%88%87&order=asc&lang=en'
		);
		expect(l.sorted('date', 'desc')).toBe('/library?q=%E4%B8%80%E5%88%80%E5%88%87&lang=en');
	});

	it('knows which order is on, whatever the file order is called', () => {
		expect([
			links('').isSorted('date', 'desc'),
			links('').isSorted('date', 'asc'),
			links('sort=file&order=desc').isSorted('file', 'asc')
		]).toStrictEqual([true, false, true]);
	});

	it('pages the articles and the statements apart', () => {
		const l = links('q=要求&hits=2');
		expect([l.page(2), l.hits(3), l.hits(1)]).toStrictEqual([
			'/library?q=%E8%A6%81%E6%B1%82&page=2&hits=2',
			'/library?q=%E8%A6%81%E6%B1%82&hits=3',
			'/library?q=%E8%A6%81%E6%B1%82'
		]);
	});

	it('opens an article and a sentence found on the map', () => {
		const l = links('q=一刀切&lang=en');
		expect(l.article('000_x')).toBe('/?report=000_x&lang=en');
		expect(l.hit({ article: 'a b', region: '140000' })).toBe(
			'/?report=a+b&region=140000&q=%E4%B8%80%E5%88%80%E5%88%87&lang=en'
		);
	});
});

describe('downloads', () => {
	it('links the JSON to save and the CSV, the id escaped', () => {
		expect(downloads('a/b 甲')).toStrictEqual({
			json: '/api/reports/a%2Fb%20%E7%94%B2?download',
			csv: '/api/reports/a%2Fb%20%E7%94%B2.csv'
		});
	});
});
