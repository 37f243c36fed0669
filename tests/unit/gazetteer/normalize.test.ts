import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	foldText,
	looseKey,
	nameKey,
	normalize,
	originalSpan,
	prefixKey,
	splitKindHint,
	withoutArticle,
	wordTable
} from '../../../src/lib/gazetteer/normalize';

describe('normalize', () => {
	it('folds case, diacritics and punctuation', () => {
		expect(normalize('São Paulo').text).toBe('sao paulo');
		expect(normalize('Jurf al-Ṣakhr').text).toBe('jurf al sakhr');
		expect(normalize('  Zürich,  Switzerland ').text).toBe('zurich switzerland');
		expect(normalize('Łódź').text).toBe('lodz');
		expect(normalize('Straße').text).toBe('strasse');
	});

	it('deletes apostrophes, ayn/hamza marks and abbreviation dots', () => {
		expect(normalize("Karbala'").text).toBe('karbala');
		expect(normalize('Ta‘mim').text).toBe('tamim');
		expect(normalize('N.Y.').text).toBe('ny');
		expect(normalize('Washington, D.C.').text).toBe('washington dc');
	});

	it('maps every output character back to its source offset', () => {
		const input = '  Él-Ḥasakah, Syria';
		const n = normalize(input);
		expect(n.text).toBe('el hasakah syria');
		expect(n.offsets).toHaveLength(n.text.length + 1);
		const start = n.text.indexOf('hasakah');
		const [a, b] = originalSpan(n, start, start + 'hasakah'.length);
		expect(input.slice(a, b)).toBe('Ḥasakah');
		const s = n.text.indexOf('syria');
		expect(input.slice(...originalSpan(n, s, s + 5))).toBe('Syria');
	});

	it('keeps offsets right across characters that expand or vanish', () => {
		const input = "Straße O'Hare";
		const n = normalize(input);
		expect(n.text).toBe('strasse ohare');
		const s = n.text.indexOf('ohare');
		expect(input.slice(...originalSpan(n, s, s + 5))).toBe("O'Hare");
		expect(input.slice(...originalSpan(n, 0, 7))).toBe('Straße');
	});

	it('folds text alone exactly as it folds with offsets (foldText)', () => {
		const pieces = [
			...`aZ09 .,'’-"\t\néÉßİıŁøÆœ\u0301\u0663—`,
			'  ',
			'𝐀',
			'😀',
			'\ud835',
			'\udc00'
		];
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 30 }),
			fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''))
		);
		fc.assert(
			fc.property(text, (s) => {
				expect(foldText(s)).toBe(normalize(s).text);
			}),
			{ numRuns: 3000 }
		);
		expect(foldText('New York')).toBe('new york');
		expect(foldText(' Jurf al-Ṣakhr ')).toBe('jurf al sakhr');
	});

	it('keeps astral-plane characters whole in spans', () => {
		const input = '𝐀bc Town';
		const n = normalize(input);
		const s = n.text.indexOf('town');
		expect(input.slice(...originalSpan(n, s, s + 4))).toBe('Town');
	});
});

describe('nameKey', () => {
	it('folds the Arabic article variants to "al"', () => {
		const forms = [
			'Jurf al Sakhar',
			'Jurf al-Sakhar',
			'Jurf el-Sakhar',
			'Jurf as-Sakhar',
			'Jurf aş Sakhar'
		];
		expect(new Set(forms.map(nameKey))).toEqual(new Set(['jurf al sakhar']));
		expect(nameKey('as-Sulaymaniyah')).toBe('al sulaymaniyah');
		expect(nameKey('ash-Shirqat')).toBe('al shirqat');
		expect(nameKey('ad-Dawr')).toBe('al dawr');
		expect(nameKey('ar-Ramadi')).toBe('al ramadi');
		expect(nameKey('an-Najaf')).toBe('al najaf');
	});

	it('leaves English "as", "at", "an" alone when not assimilated', () => {
		expect(nameKey('Stratford an Avon')).toBe('stratford an avon');
		expect(nameKey('Sitting at Home')).toBe('sitting at home');
	});

	it('expands St./Mt./Ft. and drops a leading "the"', () => {
		expect(nameKey('St. Louis')).toBe(nameKey('Saint Louis'));
		expect(nameKey('Mt. Vernon')).toBe(nameKey('Mount Vernon'));
		expect(nameKey('Ft. Lauderdale')).toBe(nameKey('Fort Lauderdale'));
		expect(nameKey('The Pentagon')).toBe('pentagon');
		expect(nameKey('the Pentagon')).toBe(nameKey('Pentagon'));
	});

	it('is idempotent, so callers may pass a key or a raw name', () => {
		for (const s of ['Jurf as-Sakhar', 'St. Louis', 'The Hague', 'N.Y.', 'Kerbala']) {
			expect(nameKey(nameKey(s))).toBe(nameKey(s));
		}
	});

	it('strips a leading article only as an extra form', () => {
		expect(withoutArticle('al najaf')).toBe('najaf');
		expect(withoutArticle('najaf')).toBeNull();
	});
});

describe('looseKey', () => {
	it('matches common transliteration variants', () => {
		expect(looseKey('karbala')).toBe(looseKey('kerbala'));
		expect(looseKey('jurf al sakhar')).toBe(looseKey('jurf al sakhr'));
		expect(looseKey('tikrit')).toBe(looseKey('tekrit'));
	});
	it('does not merge clearly different names', () => {
		expect(looseKey('baghdad')).not.toBe(looseKey('basra'));
	});
});

describe('splitKindHint', () => {
	it('reads generic words as a hint of kind instead of discarding them', () => {
		expect(splitKindHint(nameKey('Karbala Province'))).toEqual({
			key: 'karbala',
			kind: 'admin1',
			word: 'province'
		});
		expect(splitKindHint(nameKey('Karbala Governorate')).kind).toBe('admin1');
		expect(splitKindHint(nameKey('Cook County'))).toEqual({
			key: 'cook',
			kind: 'admin2',
			word: 'county'
		});
		expect(splitKindHint(nameKey('Province of Karbala')).key).toBe('karbala');
		expect(splitKindHint(nameKey('Kansas City'))).toEqual({
			key: 'kansas',
			kind: 'city',
			word: 'city'
		});
	});
	it('leaves names without a generic word alone', () => {
		expect(splitKindHint('baghdad')).toEqual({ key: 'baghdad', kind: null, word: null });
		expect(splitKindHint('county')).toEqual({ key: 'county', kind: null, word: null });
	});
});

describe('word tables', () => {
	it("find nothing for the names of Object's own properties", () => {
		for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty'])
			expect(nameKey(`Paris ${w}`)).toBe(`paris ${w.toLowerCase()}`);
		expect(nameKey('Constructor')).toBe('constructor');
		expect(splitKindHint('paris constructor').kind).toBeNull();
		expect(wordTable({ a: 1 })['constructor']).toBeUndefined();
	});
});

describe('prefixKey', () => {
	it('folds a trailing article as it folds once a word follows', () => {
		expect(prefixKey('el')).toBe('al');
		expect(prefixKey('jurf el')).toBe('jurf al');
		expect(prefixKey('jurf ul')).toBe('jurf al');
		expect(nameKey('El Paso').startsWith(`${prefixKey(nameKey('El'))} `)).toBe(true);
	});

	it('leaves every other key alone', () => {
		expect(prefixKey('al')).toBe('al');
		expect(prefixKey('paso')).toBe('paso');
		expect(prefixKey('las')).toBe('las');
		expect(prefixKey('')).toBe('');
	});
});
