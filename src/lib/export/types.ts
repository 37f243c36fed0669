/**
 * Inputs of the exporters. Every exporter takes the article's places as the geoparser's GeoJSON
 * (`PlaceCollection`, corrections already applied) plus the article's own metadata.
 */
import type { PlaceCollection, UnresolvedMention } from '../geoparse/types';

interface ExportMeta {
	title: string | null;
	/** Where the article came from, if the user said. */
	sourceUrl: string | null;
	/** The link that reopens this view, if there is one. */
	shareUrl: string | null;
}

export interface ExportOptions {
	collection: PlaceCollection;
	meta: ExportMeta;
	/** The article text: KML descriptions quote each mention's passage (offsets without it). */
	text?: string;
	/** The title parsed with the text, which the mentions in the title (`part: 'title'`) are into. */
	title?: string;
	/** Names the text says are places but no place was found for: listed without coordinates. */
	unresolved?: readonly UnresolvedMention[];
}

export type ExportFormat = 'geojson' | 'csv' | 'kml';

export interface ExportFile {
	body: string;
	/** Content-Type, with charset. */
	contentType: string;
	/** File name extension without the dot. */
	extension: string;
}
