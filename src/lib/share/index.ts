/**
 * Share links: the view, selection and corrections in the query string; the article either on
 * the server (`/a/{id}`) or compressed in the fragment (`/view#t=…`). Pure: no DOM, no Node.
 */
export type * from './types';
export { emptyShareState, encodeShareParams, withShareParams } from './params';
export { decodeShareParams, parseCorrections } from './decode';
export { centerDecimals } from './precision';
export { decodeArticleFragment, encodeArticleFragment } from './fragment';
