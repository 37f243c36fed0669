/**
 * A small XML 1.0 well-formedness checker for tests: one root element, properly nested and
 * closed tags, quoted unique attributes, only the five predefined entities or character
 * references, no raw `<` or `&` in text, and no characters XML forbids. Returns the problems.
 */
const NAME = '[A-Za-z_:][A-Za-z0-9_:.-]*';
const REF = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;
const INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

export function checkWellFormedXml(xml: string): string[] {
	const problems: string[] = [];
	if (INVALID.test(xml)) problems.push('forbidden character');
	let at = 0;
	const decl = /^<\?xml[^?]*\?>\s*/.exec(xml);
	if (decl) at = decl[0].length;
	const stack: string[] = [];
	let roots = 0;
	const tag = new RegExp(
		`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
		'y'
	);
	while (at < xml.length && problems.length === 0) {
		const ch = xml[at];
		if (ch === '<') {
			tag.lastIndex = at;
			const m = tag.exec(xml);
			if (!m) {
				problems.push(`bad markup at ${at}`);
				break;
			}
			const [, close, name, attrs, selfClose] = m;
			const names = [...(attrs ?? '').matchAll(new RegExp(`(${NAME})\\s*=`, 'g'))].map((a) => a[1]);
			if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${name}>`);
			for (const value of (attrs ?? '').matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
				checkText(value[1] ?? value[2] ?? '', problems);
			}
			if (stack.length === 0 && !close) roots++;
			if (close) {
				if (stack.pop() !== name) problems.push(`mismatched </${name}>`);
			} else if (!selfClose) stack.push(name!);
			if (roots > 1) problems.push('more than one root element');
			at = tag.lastIndex;
		} else {
			const next = xml.indexOf('<', at);
			const text = xml.slice(at, next === -1 ? xml.length : next);
			if (stack.length === 0 && text.trim() !== '') problems.push('text outside the root');
			checkText(text, problems);
			at = next === -1 ? xml.length : next;
		}
	}
	if (stack.length > 0) problems.push(`unclosed <${stack.at(-1)}>`);
	if (roots === 0) problems.push('no root element');
	return problems;
}

function checkText(text: string, problems: string[]) {
	for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
		if (!REF.test(text.slice(i))) problems.push(`bad reference at "${text.slice(i, i + 10)}"`);
	}
	if (text.includes('<')) problems.push('raw < in text');
}
