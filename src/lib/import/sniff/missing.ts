/*
 * Cells that mean "no value" — the same rule validation uses (../rules/missing.ts), so sniffing and checking
 * never disagree about what counts as blank. Here the cell may still carry spaces.
 */
import { trimCell } from '../rules/fold';
import { isMissing as isMissingTrimmed } from '../rules/missing';
import { memoByText } from './memo';

export { trimCell };

/**
 * True for a blank cell or one of the missing-value marks and words ("-", "N/A", "KTL", "không trả lời"…).
 * Remembered per text (memo.ts): a column repeats its names and labels.
 */
export const isMissing: (text: string) => boolean = memoByText((text) => isMissingTrimmed(trimCell(text)));
