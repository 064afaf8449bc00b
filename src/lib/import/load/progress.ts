/*
 * What a check tells the page while it runs: the read (bytes and records so far), then, for a large file,
 * the steps after it.
 */

export type CheckPhase = 'reading' | 'checking';

/**
 * What a large file's check does after the read, in order: the set-aside records' exact checks, repeated
 * ids, the report's counts. Each can take a while (a file of labels sets every record aside); the page shows
 * which one runs, and a cancel takes effect between them.
 */
export const CHECK_STEPS = ['rest', 'duplicates', 'summary'] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

export interface CheckProgress {
	phase: CheckPhase;
	/** While checking: the step under way. */
	step?: CheckStep;
	bytesDone: number;
	bytesTotal: number;
	/** Records read so far; in the `rest` step, the records it checks. */
	records: number;
}

/**
 * Starts a check step after the read: a cancel takes effect here (AbortError), else the page is told which
 * step runs.
 */
export function startStep(
	options: { signal?: AbortSignal; onProgress?: (p: CheckProgress) => void },
	step: CheckStep,
	bytesTotal: number,
	records: number
): void {
	if (options.signal?.aborted) throw new DOMException('Đã hủy', 'AbortError');
	options.onProgress?.({ phase: 'checking', step, bytesDone: bytesTotal, bytesTotal, records });
}
