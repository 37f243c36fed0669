/**
 * Keyboard focus for the map's popup: into the popup when someone opens it, back where they were
 * when it closes. Without this the popup's controls sat after every mention in the tab order,
 * dozens of Tab presses away from the mention that opened it.
 */
export class PopupFocus {
	/** What had focus outside the popup when it was last opened. */
	#opener: HTMLElement | null = null;

	/** Focuses the dialog inside `slot`, remembering the element outside it that had focus. */
	enter(slot: HTMLElement): void {
		const active = document.activeElement;
		if (active instanceof HTMLElement && active !== document.body && !slot.contains(active)) {
			this.#opener = active;
		}
		slot.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
	}

	/**
	 * After the popup closed: when focus went with it, gives it back to the opener, or to
	 * `current` (the selected mention) when the opener was a mention or is gone.
	 */
	leave(current: () => HTMLElement | null): void {
		const opener = this.#opener;
		this.#opener = null;
		const active = document.activeElement;
		if (active && active !== document.body) return;
		const target =
			opener && opener.isConnected && !opener.matches('a.mention') ? opener : current();
		target?.focus({ preventScroll: true });
	}
}
