import { describe, expect, it } from 'vitest';
import { NEUTRAL, NEUTRAL_INK, type Day } from './color';
import { regionStyles } from './regionStyle';

const days: Day[] = [{ date: '2019-09-08', color: '#440154', ink: '#ffffff', codes: ['500000'] }];

describe('regionStyles', () => {
	it('falls back to the neutral for regions the article does not mention', () => {
		expect(regionStyles(['110000'], days, null, null)['110000']).toStrictEqual({
			fill: NEUTRAL,
			ink: NEUTRAL_INK,
			mentioned: false,
			selected: false,
			highlighted: false,
			dimmed: false
		});
	});

	it('colors a mentioned region by its day and marks the selection', () => {
		expect(regionStyles(['500000'], days, '500000', null)['500000']).toStrictEqual({
			fill: '#440154',
			ink: '#ffffff',
			mentioned: true,
			selected: true,
			highlighted: false,
			dimmed: false
		});
	});

	it('dims every region outside a highlight except the selected one', () => {
		const s = regionStyles(['500000', '110000', '140000'], days, '140000', new Set(['500000']));
		expect([s['500000']!.dimmed, s['110000']!.dimmed, s['140000']!.dimmed]).toStrictEqual([
			false,
			true,
			false
		]);
	});

	it('dims every region but the one presented, when presenting', () => {
		const s = regionStyles(['500000', '110000', '140000'], days, '140000', null, true);
		expect([s['500000']!.dimmed, s['110000']!.dimmed, s['140000']!.dimmed]).toStrictEqual([
			true,
			true,
			false
		]);
		expect(s['140000']!.highlighted).toBe(false);
	});

	it('dims nothing when presenting the whole country', () => {
		const s = regionStyles(['500000', '110000'], days, null, null, true);
		expect([s['500000']!.dimmed, s['110000']!.dimmed]).toStrictEqual([false, false]);
	});
});
