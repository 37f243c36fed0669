/**
 * Share links: the view, selection and corrections in the query string; the article either on
 * the server (`/a/{id}`) or compressed in the fragment (`/view#t=…`). Pure: no DOM, no Node.
 */
export type * from './types';
export {
	decodeShareParams,
	emptyShareState,
	encodeShareParams,
	parseCorrections,
	withShareParams
} from './params';
export { centerDecimals } from './precision';
export { decodeArticleFragment, encodeArticleFragment } from './fragment';
export {
	applyCorrections,
	correctionFor,
	correctionKey,
	gazetteerResolver,
	type AppliedCorrections,
	type CorrectionTarget,
	type PlaceResolver
} from './corrections';
export { collectionToResult } from './collection';
export {
	decodeEdits,
	emptyEdits,
	encodeEdits,
	hasEdits,
	SHARE_FORMAT_VERSION
} from './edits-params';
export { decodePin, encodePin, normalizePin, pinId, pinTarget, radiusBox } from './pin';
export { fitShareUrl, MAX_LINK_LENGTH, type FittedLink } from './budget';
export { parseCoordinates, type ParsedCoordinates } from './coordinates';
export { ARTICLE_ID_PATTERN, articlePath, isArticleId } from './links';
