// The DDCI configuration this device's analyst saved for their province, as the workspace last read it.
//
// Plain state beside the catalog, never inside it: the catalog's functions do not read it. It exists because
// the import page builds its contracts synchronously (flow.svelte.ts) and cannot await the database there; the
// workspace sets it when it opens, when the analyst's province changes and when the configuration is saved
// (workspace/ddci-config.ts), and the score contracts take it as their default (import/contracts/score-methods.ts).
import type { DdciConfig } from './ddci-config';

let saved: DdciConfig | null = null;

/** The saved configuration of the analyst's province, or null: the catalog's default applies. */
export function deviceDdciConfig(): DdciConfig | null {
	return saved;
}

export function setDeviceDdciConfig(config: DdciConfig | null): void {
	saved = config;
}
