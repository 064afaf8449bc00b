/*
 * Cells that mean "no value" — the same rule validation uses (../rules/missing.ts), so sniffing and checking
 * never disagree about what counts as blank. Here the cell may still carry spaces.
 */
import { trimCell } from '../rules/fold';
import { isMissing as isMissingTrimmed } from '../rules/missing';

export { trimCell };

/** True for a blank cell or one of the missing-value marks and words ("-", "N/A", "KTL", "không trả lời"…). */
export function isMissing(text: string): boolean {
	return isMissingTrimmed(trimCell(text));
}
