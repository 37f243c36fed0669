/**
 * What a reader needs once there are corrections or edits: applying them to the parse, making
 * them, and the list of them with their undo buttons. A chunk of its own (see
 * `state/correction-code.ts`).
 */
export { applyCorrections } from '../share/corrections';
export { fitShareUrl } from '../share/budget';
export { default as CorrectionList } from './CorrectionList.svelte';
export { editActions } from './edit-actions';
