import { describe, expect, it } from 'vitest';
import { labelVars, textSize } from './theme';

describe('textSize', () => {
	it.each([
		{ name: 'a 1920×1080 projector reads 24 px', w: 1920, h: 1080, expected: 24 },
		{ name: 'a 4K screen scales up with it', w: 3840, h: 2160, expected: 48 },
		{ name: 'a 1024×768 projector stays at 18 px', w: 1024, h: 768, expected: 18 },
		{ name: 'a short 1280×720 screen stays at 18 px', w: 1280, h: 720, expected: 18 },
		{ name: 'a tall window is bound by its width', w: 1600, h: 2000, expected: 20 }
	])('$name', ({ w, h, expected }) => {
		expect(textSize(w, h)).toBe(expected);
	});
});

describe('labelVars', () => {
	it('grows map units as the map shrinks, so names keep their size on screen', () => {
		const view = [0, 0, 1000, 800] as const;
		expect(labelVars(500, 800, view, 20)).toStrictEqual({
			'--label-size': '28.0px',
			'--label-size-mentioned': '40.0px'
		});
		expect(labelVars(2000, 1600, view, 20)).toStrictEqual({
			'--label-size': '7.0px',
			'--label-size-mentioned': '10.0px'
		});
	});

	it('falls back to plain pixels before the map has a size', () => {
		expect(labelVars(0, 0, [0, 0, 1000, 800], 20)['--label-size-mentioned']).toBe('20.0px');
	});
});
