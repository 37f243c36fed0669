/**
 * GeoJSON export (RFC 7946): a FeatureCollection of Points in `[lng, lat]` with at most 6
 * decimals (§11.2), no `crs` member (§4), each place's mentions and offsets in its properties.
 * The article's title and links ride as a foreign member `article` (§6.1). Every place and
 * mention says its `source` (`parser`, or `reader` for what a reader placed), and `checked`
 * whether a reader accepted the place. Names the text calls places but no place was found for
 * follow as Features with a null geometry (RFC 7946 §3.2), `status: 'unresolved'`; every other
 * Feature says `status: 'resolved'`. A mention in the article's title says `part: 'title'` (its
 * offsets are into the title), every other `part: 'text'`.
 */
import type { Feature, Geometry } from 'geojson';

/** A Feature of the export: a located place, or a name not on the map (null geometry). */
type ExportFeature = Feature<Geometry | null>;
import type { PlaceCollection } from '../geoparse/types';
import type { ExportOptions } from './types';
import { unresolvedNames } from './unresolved';

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The collection as an RFC 7946 document object. */
function toGeoJSONObject({ collection, meta, unresolved }: ExportOptions): {
	type: 'FeatureCollection';
	article: { title: string | null; sourceUrl: string | null; shareUrl: string | null };
	features: ExportFeature[];
} {
	const offMap = unresolvedNames(unresolved).map((name): ExportFeature => ({
		type: 'Feature',
		id: name.id,
		geometry: null,
		properties: {
			id: name.id,
			name: name.name,
			status: 'unresolved',
			source: 'parser',
			checked: false,
			mentions: name.mentions.map(({ start, end, text, part }) => ({
				start,
				end,
				text,
				source: 'parser',
				part: part ?? 'text'
			}))
		}
	}));
	return {
		type: 'FeatureCollection',
		article: { title: meta.title, sourceUrl: meta.sourceUrl, shareUrl: meta.shareUrl },
		features: [...placed(collection), ...offMap]
	};
}

/** The located places, rounded, each saying who placed it. */
function placed(collection: PlaceCollection): ExportFeature[] {
	return collection.features.map((feature) => {
		const [lng = NaN, lat = NaN] = feature.geometry.coordinates;
		return {
			type: 'Feature',
			id: feature.properties.id,
			geometry: { type: 'Point', coordinates: [round6(lng), round6(lat)] },
			properties: {
				...feature.properties,
				status: 'resolved',
				source: feature.properties.source ?? 'parser',
				checked: feature.properties.checked === true,
				mentions: feature.properties.mentions.map((mention) => ({
					...mention,
					source: mention.source ?? 'parser',
					part: mention.part ?? 'text'
				}))
			}
		};
	});
}

/** The GeoJSON file text. */
export function toGeoJSON(options: ExportOptions): string {
	return `${JSON.stringify(toGeoJSONObject(options), null, 2)}\n`;
}
