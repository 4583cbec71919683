import { describe, expect, it } from 'vitest';
import { embedCode } from './embedCode';

describe('embedCode', () => {
	it('frames the embed at its absolute URL, full width and 600 px high, escaping the query', () => {
		const src = new URL('https://maps.example/embed?report=000_a&region=140000&lang=en');
		expect(embedCode(src, 'Meeting Map "1"')).toBe(
			'<iframe src="https://maps.example/embed?report=000_a&amp;region=140000&amp;lang=en" ' +
				'title="Meeting Map &quot;1&quot;" width="100%" height="600" style="border: 0" ' +
				'loading="lazy"></iframe>'
		);
	});
});
