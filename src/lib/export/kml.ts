/**
 * KML 2.2 export: one Placemark per place, its mentions' passages (keyword in context) listed in
 * the description as plain text, and who placed it (`source`) in its data. Names the text calls
 * places but no place was found for are listed, with their passages, in the document's
 * description: a Placemark must have coordinates to be valid KML.
 * Every string is escaped for XML, and characters XML 1.0 forbids (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) are removed, so any article yields a well-formed document.
 */
import { passageAround } from '../article/passage';
import type { FeatureMention, PlaceFeature } from '../geoparse/types';
import type { ExportOptions } from './types';
import { unresolvedNames } from './unresolved';

const INVALID_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text safe for XML character data and attribute values. */
function xmlEscape(text: string): string {
	return text
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** The KML file text. */
export function toKML({ collection, meta, text, title, unresolved }: ExportOptions): string {
	const texts: Texts = { text, title };
	const name = meta.title ?? 'Article map';
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<kml xmlns="http://www.opengis.net/kml/2.2">',
		'<Document>',
		`<name>${xmlEscape(name)}</name>`
	];
	const offMap = unresolvedNames(unresolved).map(
		(u) =>
			`- ${u.name}: ${u.mentions.map((m) => passage({ ...m, role: 'not on the map' }, texts)).join(' / ')}`
	);
	const about = [
		meta.sourceUrl && `Source: ${meta.sourceUrl}`,
		meta.shareUrl && `Map: ${meta.shareUrl}`,
		offMap.length > 0 &&
			`Not on the map (named as places in the text, no place found):\n${offMap.join('\n')}`
	];
	const description = about.filter(Boolean).join('\n');
	if (description) lines.push(`<description>${xmlEscape(description)}</description>`);
	for (const feature of collection.features) lines.push(...placemark(feature, texts));
	lines.push('</Document>', '</kml>');
	return lines.join('\n') + '\n';
}

/** The texts a mention's offsets may be into: the article's, or its title's. */
interface Texts {
	text: string | undefined;
	title: string | undefined;
}

/**
 * "… fired at [Camp Taji], north of …" (literal): the words around a mention, or its offsets; a
 * mention in the title is quoted in its title ("in the title: …").
 */
function passage(
	mention: Pick<FeatureMention, 'start' | 'end' | 'text' | 'part'> & { role: string },
	texts: Texts
): string {
	const inTitle = mention.part === 'title';
	const text = inTitle ? texts.title : texts.text;
	const where = inTitle ? 'in the title: ' : '';
	if (text === undefined || text.slice(mention.start, mention.end) !== mention.text) {
		return `${where}“${mention.text}” at ${mention.start}–${mention.end} (${mention.role})`;
	}
	const p = passageAround(text, { ...mention, radius: 80 });
	const quote = `${p.cutBefore ? '… ' : ''}${p.before}[${p.match}]${p.after}${p.cutAfter ? ' …' : ''}`;
	return `${where}${quote.replace(/\s+/g, ' ')} (${mention.role})`;
}

function placemark(feature: PlaceFeature, texts: Texts): string[] {
	const { id, name, kind, country, mentions, source, checked } = feature.properties;
	const [lng = NaN, lat = NaN] = feature.geometry.coordinates;
	const listed = mentions.map((m) => passage(m, texts));
	const description = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}:\n${listed.join('\n')}`;
	const data = {
		id,
		kind,
		country: country ?? '',
		source: source ?? 'parser',
		checked: checked ? 'true' : 'false'
	};
	return [
		`<Placemark id="${xmlEscape(idAttribute(id))}">`,
		`<name>${xmlEscape(name)}</name>`,
		`<description>${xmlEscape(description)}</description>`,
		'<ExtendedData>',
		...Object.entries(data).map(
			([key, value]) => `<Data name="${key}"><value>${xmlEscape(value)}</value></Data>`
		),
		'</ExtendedData>',
		`<Point><coordinates>${round6(lng)},${round6(lat)}</coordinates></Point>`,
		'</Placemark>'
	];
}

/** KML ids are XML IDs: no colon, must not start with a digit. */
function idAttribute(id: string): string {
	return `place-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;
