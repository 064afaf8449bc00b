/**
 * Where a key moves the active cell of a grid of `rows` × `columns` (WAI-ARIA grid pattern): arrows one cell,
 * stopping at the edges; Home and End to the row's first and last cell; with Ctrl (or ⌘) to the grid's first
 * and last cell. null: not a key the grid handles (Tab, Escape, letters), so the caller lets it through.
 */
export function gridStep(
	key: string,
	[row, column]: readonly [number, number],
	[rows, columns]: readonly [number, number],
	ctrl = false
): [number, number] | null {
	const lastRow = Math.max(0, rows - 1);
	const lastColumn = Math.max(0, columns - 1);
	switch (key) {
		case 'ArrowRight':
			return [row, Math.min(column + 1, lastColumn)];
		case 'ArrowLeft':
			return [row, Math.max(column - 1, 0)];
		case 'ArrowDown':
			return [Math.min(row + 1, lastRow), column];
		case 'ArrowUp':
			return [Math.max(row - 1, 0), column];
		case 'Home':
			return ctrl ? [0, 0] : [row, 0];
		case 'End':
			return ctrl ? [lastRow, lastColumn] : [row, lastColumn];
		default:
			return null;
	}
}
