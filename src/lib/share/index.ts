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
