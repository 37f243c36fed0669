/** What a user gives us as an article: files, pasted text, limits and validation. Pure. */
export { htmlToText } from './html-to-text';
export { markdownToText } from './markdown-to-text';
export { decodeEntities } from './entities';
export {
	ACCEPTED_EXTENSIONS,
	articleFileKind,
	fileToText,
	htmlTitle,
	normalizeArticleText,
	type ArticleFileKind
} from './read-file';
export {
	MAX_SOURCE_URL_LENGTH,
	MAX_TEXT_BYTES,
	MAX_TITLE_LENGTH,
	formatKB,
	utf8Length
} from './limits';
export { validateArticleInput, type ArticleInput, type ArticleInputResult } from './validate';
