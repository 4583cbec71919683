import { describe, expect, it } from 'vitest';
import { imageName, mapImage, type SnapshotMap } from './snapshot';

/** Records what a snapshot asks of the map, and draws a frame when asked to repaint. */
function fakeMap() {
	const calls: string[] = [];
	let onRender: (() => void) | null = null;
	let ratio: number | null = null;
	const map = {
		setPixelRatio: (r: number | null) => {
			ratio = r;
			calls.push(`setPixelRatio ${r}`);
		},
		once: (event: string, fn: () => void) => {
			calls.push(`once ${event}`);
			onRender = fn;
		},
		triggerRepaint: () => {
			calls.push('triggerRepaint');
			// maplibre draws on the next animation frame, then fires 'render'.
			queueMicrotask(() => onRender?.());
		},
		getCanvas: () => ({
			toDataURL: () => {
				calls.push(`toDataURL at ${ratio}`);
				return 'data:image/png;base64,AAAA';
			}
		})
	} as unknown as SnapshotMap;
	return { map, calls };
}

describe('mapImage', () => {
	it('reads the canvas inside the frame it is drawn in, at the asked density, then restores it', async () => {
		const { map, calls } = fakeMap();
		expect(await mapImage(map, 2)).toBe('data:image/png;base64,AAAA');
		expect(calls).toStrictEqual([
			'setPixelRatio 2',
			'once render',
			'triggerRepaint',
			'toDataURL at 2',
			'setPixelRatio null'
		]);
	});

	it('relies only on methods maplibre still has, so an upgrade fails here by name', async () => {
		const source = await import('node:fs').then((fs) =>
			fs.readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.d.ts', 'utf8')
		);
		for (const method of ['setPixelRatio', 'once', 'triggerRepaint', 'getCanvas'])
			expect(source).toMatch(new RegExp(`\\b${method}\\(`));
	});
});

describe('imageName', () => {
	it.each([
		{
			name: 'names the app and the step',
			args: ['会议地图', '重庆'],
			expected: '会议地图-重庆.png'
		},
		{
			name: 'keeps file systems happy',
			args: ['Meeting Map', 'a/b'],
			expected: 'Meeting_Map-a_b.png'
		},
		{ name: 'drops an empty step', args: ['会议地图', ''], expected: '会议地图.png' }
	] as const)('$name', ({ args, expected }) => {
		expect(imageName(args[0], args[1])).toBe(expected);
	});
});
