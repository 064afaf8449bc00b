import { rankMove } from '$lib/indices/ranking';
import type { MessageKey } from '$lib/i18n/vi';

type ChangeNote = 'merged' | 'new' | 'list_changed';

/**
 * What the "change" cell of a ranking says, as a message key and its parameters: "↑3 bậc", "↓2 bậc",
 * "giữ nguyên", or why there is no comparison (new unit, 2025 merger, 63 → 34 list).
 */
export function rankChangeMessage(row: {
	rank_change: number | null;
	change_note: ChangeNote | null;
}): { key: MessageKey; n?: number; tone: 'up' | 'down' | 'same' | 'note' } | null {
	if (row.change_note === 'merged') return { key: 'rankings.merged', tone: 'note' };
	if (row.change_note === 'list_changed') return { key: 'rankings.listChanged', tone: 'note' };
	if (row.change_note === 'new') return { key: 'rankings.new', tone: 'note' };
	const move = rankMove(row.rank_change);
	if (move.kind === 'up') return { key: 'rankings.up', n: move.steps, tone: 'up' };
	if (move.kind === 'down') return { key: 'rankings.down', n: move.steps, tone: 'down' };
	if (move.kind === 'same') return { key: 'rankings.same', tone: 'same' };
	return null;
}

/** Why a change cell says "sáp nhập" or "không so sánh", in a sentence (under the table); "mới" needs none. */
export function changeNoteExplanation(note: ChangeNote | null): MessageKey | null {
	if (note === 'merged') return 'rankings.mergedNote';
	if (note === 'list_changed') return 'rankings.listChangedNote';
	return null;
}
