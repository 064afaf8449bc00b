import type { StorageInfo } from '$lib/db';

export type WorkspacePhase = 'idle' | 'starting' | 'loading-sample' | 'ready' | 'error';

/** What the shell shows about the device database: starting, loading the sample, ready (and where), or failed. */
export const workspaceStatus = $state<{
	phase: WorkspacePhase;
	storage: StorageInfo | null;
	error: string;
	summary: WorkspaceSummary | null;
}>({ phase: 'idle', storage: null, error: '', summary: null });

/** What the device database holds, in counts the analyst can check against their files. */
export interface WorkspaceSummary {
	imports: number;
	score_rows: number;
	responses: number;
}
