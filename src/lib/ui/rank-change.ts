import { rankMove } from '$lib/indices/ranking';
import type { MessageKey } from '$lib/i18n/vi';

/**
 * What the "change" cell of a ranking says, as a message key and its parameters: "↑3 bậc", "↓2 bậc",
 * "giữ nguyên", or why there is no comparison (new unit, 2025 merger, 63 → 34 list).
 */
export function rankChangeMessage(row: {
	rank_change: number | null;
	change_note: 'merged' | 'new' | 'list_changed' | null;
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
