/**
 * HTML character references: numeric ones, and the named ones articles actually use. An unknown
 * name is left as written (browsers do the same for names they do not know).
 */
const NAMED: Partial<Record<string, string>> = Object.assign(Object.create(null), {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	shy: '',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	middot: '·',
	bull: '•',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	times: '×',
	divide: '÷',
	minus: '−',
	plusmn: '±',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	prime: '′',
	Prime: '″',
	zwj: '\u200d',
	zwnj: '\u200c',
	thinsp: '\u2009',
	ensp: '\u2002',
	emsp: '\u2003',
	eacute: 'é',
	egrave: 'è',
	ecirc: 'ê',
	euml: 'ë',
	aacute: 'á',
	agrave: 'à',
	acirc: 'â',
	auml: 'ä',
	atilde: 'ã',
	aring: 'å',
	iacute: 'í',
	igrave: 'ì',
	icirc: 'î',
	iuml: 'ï',
	oacute: 'ó',
	ograve: 'ò',
	ocirc: 'ô',
	ouml: 'ö',
	otilde: 'õ',
	oslash: 'ø',
	uacute: 'ú',
	ugrave: 'ù',
	ucirc: 'û',
	uuml: 'ü',
	ccedil: 'ç',
	ntilde: 'ñ',
	szlig: 'ß',
	Eacute: 'É',
	Aacute: 'Á',
	Oacute: 'Ó',
	Uacute: 'Ú',
	Ouml: 'Ö',
	Uuml: 'Ü',
	Auml: 'Ä',
	Ccedil: 'Ç',
	Ntilde: 'Ñ'
});

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** `text` with character references decoded. */
export function decodeEntities(text: string): string {
	return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
		if (name !== undefined) return NAMED[name] ?? whole;
		const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
		// The HTML spec maps NUL, surrogates and out-of-range codes to U+FFFD.
		if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
		return String.fromCodePoint(code);
	});
}
