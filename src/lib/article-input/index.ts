/** What a user gives us as an article: files, pasted text, limits and validation. Pure. */
export { htmlToText } from './html-to-text';
export { markdownToText } from './markdown-to-text';
export { ACCEPTED_EXTENSIONS, articleFileKind, fileToText, htmlTitle } from './read-file';
export { MAX_TEXT_BYTES, formatKB, utf8Length } from './limits';
export { validateArticleInput } from './validate';
export { pastedText } from './paste';
