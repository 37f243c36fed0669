/**
 * The reader's edits (ArticleReader): what each tool's choice does to the corrections, to the
 * selection (kept on its mention where it can) and to what the live region says. They come with
 * the correction code (`correction-code.ts`): no edit is made before it is here.
 */
import type { GeoparseResult, UnresolvedMention } from '../geoparse/types';
import { correctionKey } from '../share/correction-key';
import type { CorrectionTarget } from '../share/corrections';
import type { Correction, EditTarget, FixScope, InPart } from '../share/types';
import type { ReaderCorrections, Spot } from '../state/corrections.svelte';
import type { ReaderSelection } from '../state/selection.svelte';
import { mentionAt } from '../state/share';
import { sameSpot } from '../story/order';
import { placeLabel } from './format';
import type { TextSpan } from './span';
import type { ReaderModel } from './types';

/** What the edits read and change in a reader; the functions read its state as it is now. */
export interface EditContext {
	text: string;
	/** The title shown (a title given apart from the text has mentions of its own). */
	title: () => string;
	/** The parse before corrections. */
	result: () => GeoparseResult;
	/** The model after corrections (read again after each change). */
	model: () => ReaderModel;
	/** Names not on the map, after corrections. */
	offMap: () => readonly UnresolvedMention[];
	corrections: ReaderCorrections;
	selection: ReaderSelection;
	/** Notes a chosen place that has no outline polygon (the map draws its box instead). */
	noteOutline: (target: CorrectionTarget | undefined) => void;
	/** Says what happened in the live region. */
	announce: (message: string) => void;
}

export type EditActions = ReturnType<typeof editActions>;

/** A span of the text, or of the title when it says so. */
type Span = TextSpan & InPart;

export function editActions(context: EditContext) {
	const { text, corrections, selection, noteOutline, announce } = context;

	/**
	 * Fixes mention `index`: every mention of its name (`all`) or this one only; a span the
	 * reader added is re-pinned or removed itself. The selection stays on the mention where it can.
	 */
	function correct(
		index: number,
		correction: Correction,
		target: CorrectionTarget | undefined,
		scope: FixScope
	) {
		const mention = context.model().mentions[index];
		if (!mention) return;
		noteOutline(target);
		if (corrections.isAdded(mention)) {
			keepSelection(() => {
				if ('notAPlace' in correction) corrections.unadd(mention);
				else corrections.add(mention, correction, target);
			}, mention);
			announce(describeFix(mention, `“${mention.text}”`));
		} else if (scope === 'one') {
			keepSelection(() => corrections.setMention(mention, correction, target), mention);
			announce(describeFix(mention, `This “${mention.text}”`));
		} else setCorrection(correctionKey(mention.text), correction, target, mention.text);
	}

	/** Marks each span as a place (the reader's "Mark as place"), and selects the first. */
	function mark(spans: readonly Span[], to: EditTarget, target?: CorrectionTarget) {
		const first = spans[0];
		if (!first) return;
		noteOutline(target);
		for (const span of spans) corrections.add(span, to, target);
		const index = mentionAt(context.model(), first.start, first.part);
		if (index !== null) selection.selectMention(index, 'list');
		const words = (first.part === 'title' ? context.title() : text).slice(first.start, first.end);
		const name = `“${words}”`;
		announce(describeFix(first, spans.length > 1 ? `Every ${name}` : name));
	}

	/** A name not on the map placed by the reader: each of its mentions becomes their place. */
	function placeOffMap(name: string, to: EditTarget, target?: CorrectionTarget) {
		// A name is placed once for all its mentions.
		const key = correctionKey(name);
		mark(
			context.offMap().filter((u) => correctionKey(u.text) === key),
			to,
			target
		);
	}

	/** A name not on the map is not a place after all: it leaves the list and the text. */
	function dismissOffMap(name: string) {
		corrections.set(context.result(), correctionKey(name), { notAPlace: true });
		announce(`“${name}” is no longer marked as a place.`);
	}

	/** Not a place: every mention of place `id` (each name it goes by, each span the reader added). */
	function reject(id: string) {
		const model = context.model();
		const entry = model.byId.get(id);
		if (!entry) return;
		const mentions = entry.mentionIndexes.map((i) => model.mentions[i]!);
		keepSelection(() => {
			for (const mention of mentions) {
				if (corrections.isAdded(mention)) corrections.unadd(mention);
				else corrections.set(context.result(), correctionKey(mention.text), { notAPlace: true });
			}
		});
		announce(`${placeLabel(entry.place)} is no longer marked as a place.`);
	}

	function undoEdit(kind: 'add' | 'one' | 'ok', at: Spot | string) {
		keepSelection(() => {
			if (typeof at === 'string') corrections.accept(at, false);
			else if (kind === 'add') corrections.unadd(at);
			else corrections.setMention(at, null);
		});
		announce('Undone.');
	}

	/** Accept a place as right (checked), or with `false` take the mark back. */
	function accept(id: string, accepted = true) {
		corrections.accept(id, accepted);
		const entry = context.model().byId.get(id);
		if (entry)
			announce(`${placeLabel(entry.place)} ${accepted ? 'accepted' : 'no longer checked'}.`);
	}

	/** Takes back the correction of every mention named `key` (`name` as the text has it). */
	function undoCorrection(key: string, name: string) {
		setCorrection(key, null, undefined, name);
	}

	/** What the live region says after a fix of the mention at `at`. */
	function describeFix(at: Spot, subject: string): string {
		const model = context.model();
		const index = mentionAt(model, at.start, at.part);
		const entry = index === null ? undefined : model.byId.get(model.mentions[index]!.placeId);
		return entry
			? `${subject} now points to ${placeLabel(entry.place)}.`
			: `${subject} is no longer marked as a place.`;
	}

	/** Runs `change`, then selects again the mention selected before (or `at`), if it is still there. */
	function keepSelection(change: () => void, at: Spot | null = null) {
		const before = context.model();
		const selected = selection.mention === null ? null : before.mentions[selection.mention];
		change();
		const still = selected ? mentionAt(context.model(), selected.start, selected.part) : null;
		if (selected && still === null) selection.restore({ mention: null });
		else if (still !== null && selected && at && sameSpot(selected, at)) {
			selection.selectMention(still, 'popup');
		} else if (still !== null) selection.mention = still;
	}

	function setCorrection(
		key: string,
		correction: Correction | null,
		target: CorrectionTarget | undefined,
		name: string
	) {
		const before = context.model();
		const selected = selection.mention === null ? null : before.mentions[selection.mention];
		corrections.set(context.result(), key, correction, target);
		const model = context.model();
		const still = selected ? mentionAt(model, selected.start, selected.part) : null;
		if (selected && still === null) selection.restore({ mention: null });
		else if (still !== null && selected && correctionKey(selected.text) === key) {
			selection.selectMention(still, 'popup');
		} else if (still !== null) selection.mention = still;
		const pinned = model.mentions.find((m) => correctionKey(m.text) === key);
		const entry = pinned && model.byId.get(pinned.placeId);
		announce(
			entry
				? `Every “${name}” now points to ${placeLabel(entry.place)}.`
				: `“${name}” is no longer marked as a place.`
		);
	}

	return { correct, mark, placeOffMap, dismissOffMap, reject, undoEdit, accept, undoCorrection };
}
