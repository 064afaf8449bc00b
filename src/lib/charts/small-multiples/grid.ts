/** How many panels of at least `minWidth` px fit side by side in `width`, and each panel's width. */
export function multiplesGrid(
	width: number,
	minWidth = 160,
	gap = 12,
	maxColumns = 6
): { columns: number; panelWidth: number } {
	const columns = Math.max(1, Math.min(maxColumns, Math.floor((width + gap) / (minWidth + gap))));
	return { columns, panelWidth: Math.floor((width - gap * (columns - 1)) / columns) };
}
