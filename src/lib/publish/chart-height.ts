/**
 * The bars' row height for a chart `height` shared among `rows` bars: 10–40 px each (a list too long for
 * it keeps 10 px rows); undefined (the chart's own 22 px) when no height is asked.
 */
export function barRowHeight(height: number | null, rows: number): number | undefined {
	return height === null
		? undefined
		: Math.max(10, Math.min(40, Math.floor((height - 20) / Math.max(1, rows))));
}
