import { describe, expect, it } from 'vitest';
import { returnTarget, type Focusable } from './focusReturn';

const element = (tagName: string, attrs: Record<string, string> = {}, isConnected = true) =>
	({ tagName, isConnected, getAttribute: (n: string) => attrs[n] ?? null }) satisfies Focusable;

describe('returnTarget', () => {
	const map = element('DIV', { id: 'map' });
	const link = element('A', { href: '?region=140000' });
	const other = element('A', { href: '?region=500000' });
	const root = { querySelectorAll: () => [other, link] };

	it('goes back to the element that had focus, while it is in the page', () => {
		const chip = element('BUTTON');
		expect(returnTarget(chip, root, () => map)).toBe(chip);
	});

	it('finds the new link to the same place when the old one is gone', () => {
		const gone = element('A', { href: '?region=140000' }, false);
		expect(returnTarget(gone, root, () => map)).toBe(link);
	});

	it('falls back to the map: nothing remembered, or nothing like it left', () => {
		expect(returnTarget(null, root, () => map)).toBe(map);
		expect(returnTarget(element('BUTTON', {}, false), root, () => map)).toBe(map);
		expect(returnTarget(element('A', { href: '?region=110000' }, false), root, () => map)).toBe(
			map
		);
	});
});
