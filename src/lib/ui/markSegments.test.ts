import { describe, expect, it } from 'vitest';
import { markSegments } from './markSegments';

describe('markSegments', () => {
	it.each([
		{
			name: 'marks each occurrence of each phrase, leaving the quotes outside the mark',
			text: '增强“四个意识”、做到“两个维护”，“四个意识”',
			phrases: ['两个维护', '四个意识'],
			expected: [
				{ text: '增强“', mark: false },
				{ text: '四个意识', mark: true },
				{ text: '”、做到“', mark: false },
				{ text: '两个维护', mark: true },
				{ text: '”，“', mark: false },
				{ text: '四个意识', mark: true },
				{ text: '”', mark: false }
			]
		},
		{
			name: 'prefers the longer phrase where two start at the same place',
			text: '不忘初心、牢记使命',
			phrases: ['不忘初心', '不忘初心、牢记使命'],
			expected: [{ text: '不忘初心、牢记使命', mark: true }]
		},
		{
			name: 'returns the text as one plain run when no phrase occurs',
			text: '坚持开门搞教育',
			phrases: ['一刀切'],
			expected: [{ text: '坚持开门搞教育', mark: false }]
		},
		{
			name: 'ignores empty phrases',
			text: '甲',
			phrases: [''],
			expected: [{ text: '甲', mark: false }]
		},
		{ name: 'has no runs for empty text', text: '', phrases: ['甲'], expected: [] },
		{
			name: 'keeps markup-looking text as plain text, to be rendered as such',
			text: '<b>“甲”</b>',
			phrases: ['甲'],
			expected: [
				{ text: '<b>“', mark: false },
				{ text: '甲', mark: true },
				{ text: '”</b>', mark: false }
			]
		}
	])('$name', ({ text, phrases, expected }) => {
		const segments = markSegments(text, phrases);
		expect(segments).toStrictEqual(expected);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});
});
