import type { SkippedRow, SkipReason } from './schema';

/* The rows `findTable` (header.ts) skipped, said in one Vietnamese sentence for the import page. */

const REASON_LABELS: Record<SkipReason, string> = {
	blank: 'dòng trống',
	title: 'tiêu đề',
	directive: 'dòng “sep=”',
	'column-numbers': 'dòng đánh số cột',
	section: 'dòng tên nhóm',
	total: 'dòng tổng cộng',
	note: 'ghi chú, chữ ký'
};

interface Run {
	from: number;
	to: number;
	reason: SkipReason;
}

const range = (run: Run) => (run.from === run.to ? `${run.from}` : `${run.from}–${run.to}`);

/** Reasons with blank rows resolved: a blank row takes the reason of the adjacent rows below, else above. */
function effectiveReasons(skipped: readonly SkippedRow[]): SkipReason[] {
	const reasons = skipped.map((s) => s.reason);
	const adjacent = (i: number) => (skipped[i + 1]?.line ?? -1) === (skipped[i]?.endLine ?? 0) + 1;
	for (let i = reasons.length - 2; i >= 0; i--) {
		if (reasons[i] === 'blank' && adjacent(i)) reasons[i] = reasons[i + 1] as SkipReason;
	}
	for (let i = 1; i < reasons.length; i++) {
		if (reasons[i] === 'blank' && adjacent(i - 1)) reasons[i] = reasons[i - 1] as SkipReason;
	}
	return reasons;
}

/**
 * "Bỏ qua dòng 1–3 (tiêu đề) và dòng 68 (dòng tổng cộng)": adjacent rows with one reason form a run (a blank
 * row joins the run below it, or above it at the end of a block); runs are listed by reason, in the order
 * the reasons first appear, at most `maxRuns` ranges per reason.
 */
export function summariseSkipped(skipped: readonly SkippedRow[], maxRuns = 5): string | null {
	const reasons = effectiveReasons(skipped);
	const runs: Run[] = [];
	skipped.forEach((s, i) => {
		const reason = reasons[i] as SkipReason;
		const last = runs[runs.length - 1];
		if (last !== undefined && s.line === last.to + 1 && reason === last.reason) last.to = s.endLine;
		else runs.push({ from: s.line, to: s.endLine, reason });
	});
	if (runs.length === 0) return null;
	const byReason = new Map<SkipReason, Run[]>();
	for (const run of runs) byReason.set(run.reason, [...(byReason.get(run.reason) ?? []), run]);
	const parts = [...byReason].map(([reason, list]) => {
		const shown = list.slice(0, maxRuns).map(range);
		const rest = list.slice(maxRuns).reduce((n, r) => n + r.to - r.from + 1, 0);
		const ranges = rest > 0 ? `${shown.join(', ')} và ${rest} dòng khác` : shown.join(', ');
		return `dòng ${ranges} (${REASON_LABELS[reason]})`;
	});
	const list =
		parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
	return `Bỏ qua ${list}`;
}
