import { describe, expect, it } from 'vitest';
import seed from '../../../../tests/fixtures/seed-000.expected.json';
import { meetingDays } from '../../map/color';
import { svgMap } from '../../server/svgMap';
import type { Report } from '../../seed/types';
import { Locale } from '../locale.svelte';
import { MapPage } from './mapPage.svelte';

const report = seed as Report;
const days = meetingDays(report.meetings);

/** The page on a URL the test sets, with the writes it asked for (each sets the URL, as goto). */
function pageAt(query: string) {
	const url = $state(new URLSearchParams(query));
	const written: [Record<string, string | null>, boolean | undefined][] = [];
	const map = new MapPage(
		() => ({ report, days, shapes: svgMap() }),
		() => url,
		(changes, replace) => {
			written.push([changes, replace]);
			return Promise.resolve();
		},
		new Locale(() => 'zh'),
		() => {}
	);
	return { map, written };
}

const lit = (map: MapPage) =>
	Object.entries(map.styles)
		.filter(([, s]) => s.highlighted)
		.map(([code]) => code)
		.sort();

describe('MapPage', () => {
	it('lights the day the legend keeps lit, and the one previewed over it', () => {
		const { map } = pageAt('');
		expect(lit(map)).toStrictEqual([]);
		const [first, second] = days;
		map.pinned = first!.date;
		expect(lit(map)).toStrictEqual([...first!.codes].sort());
		map.preview = second!.date;
		expect(lit(map)).toStrictEqual([...second!.codes].sort());
		map.preview = 'none';
		expect(lit(map)).toStrictEqual([...map.unmentioned].sort());
		expect(map.unmentioned.length).toBe(34 - new Set(days.flatMap((d) => d.codes)).size);
	});

	it('lights the provinces a search finds and counts them on their labels', () => {
		const { map } = pageAt('q=主题教育');
		expect(lit(map)).toStrictEqual([...map.matches!.codes].sort());
		expect(lit(map).length).toBeGreaterThan(0);
		for (const code of map.matches!.codes) expect(map.extra[code]).toMatch(/^\d+ 处$/);
	});

	it('names the regions in the page language in its description', () => {
		const { map } = pageAt('');
		expect(map.description.startsWith('中国34个省级行政区地图')).toBe(true);
		expect(map.description).toContain('山西');
	});

	it('writes a search, a phrase and another article to the URL, each clearing what it replaces', () => {
		const { map, written } = pageAt('q=一刀切&region=140000');
		map.pinned = days[0]!.date;
		map.choosePhrase('两个维护');
		expect(map.pinned).toBe(null);
		map.search('主题');
		map.chooseReport('001_other');
		expect(written).toStrictEqual([
			[{ phrase: '两个维护', q: null }, undefined],
			[{ q: '主题', phrase: null }, true],
			[{ report: '001_other', reports: null, own: null, region: null, phrase: null }, undefined]
		]);
	});
});
