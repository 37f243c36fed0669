/**
 * A fix's target as one query-string token: a gazetteer id (`gn:98182`), a pin of the reader's
 * (`p33.3_44.4`, `a33.3_44.4_25`, see `pin.ts`) or `none` (not a place).
 */
import { PLACE_ID_PATTERN } from './limits';
import { decodePin, encodePin, isPinCode } from './pin';
import type { Correction } from './types';

export const NOT_A_PLACE = 'none';

/** The token for a fix, or null when the fix cannot be written (a forged id, a pin off Earth). */
export function encodeTarget(fix: Correction): string | null {
	if ('notAPlace' in fix) return NOT_A_PLACE;
	if ('pin' in fix) return encodePin(fix.pin);
	return PLACE_ID_PATTERN.test(fix.placeId) ? fix.placeId : null;
}

/** The fix a token says, or null when it is none of the three forms. */
export function decodeTarget(token: string): Correction | null {
	if (token === NOT_A_PLACE) return { notAPlace: true };
	if (isPinCode(token)) {
		const pin = decodePin(token);
		return pin ? { pin } : null;
	}
	return PLACE_ID_PATTERN.test(token) ? { placeId: token } : null;
}
