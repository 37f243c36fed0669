import { describe, expect, it } from 'vitest';
import { validateArticleInput } from '../../../src/lib/article-input/validate';

describe('validateArticleInput', () => {
	it('answers a blank text with a sentence a reader understands', () => {
		for (const text of ['', '   ', '\n\t \n']) {
			const result = validateArticleInput({ text });
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.error).toBe('There is no text to map: paste an article or choose a file.');
			}
		}
	});
});
