import type { StorageInfo } from '$lib/db';

export type WorkspacePhase = 'idle' | 'starting' | 'loading-sample' | 'ready' | 'error';

/** What the shell shows about the device database: starting, loading the sample, ready (and where), or failed. */
export const workspaceStatus = $state<{
	phase: WorkspacePhase;
	storage: StorageInfo | null;
	error: string;
}>({ phase: 'idle', storage: null, error: '' });
