import { describe, expect, it } from 'vitest';
import { changeNoteExplanation, rankChangeMessage } from './rank-change';

describe('rankChangeMessage and changeNoteExplanation', () => {
	it.each([
		[3, null, { key: 'rankings.up', n: 3, tone: 'up' }, null],
		[-2, null, { key: 'rankings.down', n: 2, tone: 'down' }, null],
		[0, null, { key: 'rankings.same', tone: 'same' }, null],
		[null, null, null, null],
		[null, 'new', { key: 'rankings.new', tone: 'note' }, null],
		[null, 'merged', { key: 'rankings.merged', tone: 'note' }, 'rankings.mergedNote'],
		[null, 'list_changed', { key: 'rankings.listChanged', tone: 'note' }, 'rankings.listChangedNote']
	] as const)('rank change %s, note %s', (rank_change, change_note, message, explanation) => {
		expect(rankChangeMessage({ rank_change, change_note })).toEqual(message);
		expect(changeNoteExplanation(change_note)).toBe(explanation);
	});
});
