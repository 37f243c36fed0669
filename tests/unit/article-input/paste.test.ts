import { describe, expect, it } from 'vitest';
import { looksLikeHtml, pastedText } from '../../../src/lib/article-input/paste';

describe('pastedText reduces pasted HTML as a dropped file is', () => {
	it('reads the HTML flavour of a copied page: paragraphs, entities, no script or style', () => {
		const html =
			'<meta charset="utf-8"><style>p{color:red}</style><h1>Rockets hit Camp&nbsp;Taji</h1>' +
			'<p>Officials in <b>Baghdad</b> said &ldquo;two&rdquo; died.</p>' +
			'<script>alert(1)</script><p>Troops left Karbala.</p>';
		expect(pastedText({ html, plain: 'ignored' })).toBe(
			'Rockets hit Camp Taji\n\nOfficials in Baghdad said “two” died.\n\nTroops left Karbala.'
		);
	});

	it('reads HTML source pasted as plain text', () => {
		const plain =
			'<div class="story">\n<p>Rockets hit Camp Taji.</p>\n<p>Then Baghdad &amp; Basra.</p></div>';
		expect(pastedText({ html: '', plain })).toBe('Rockets hit Camp Taji.\n\nThen Baghdad & Basra.');
	});

	it('leaves prose alone, even prose that names a tag', () => {
		expect(pastedText({ html: '', plain: 'Rockets hit Camp Taji.' })).toBeNull();
		expect(looksLikeHtml('Use the <p> element for paragraphs, said the editor in Baghdad.')).toBe(
			false
		);
		expect(looksLikeHtml('<!DOCTYPE html><title>x</title>')).toBe(true);
	});
});
