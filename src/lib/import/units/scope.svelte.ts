import type { Database, Queryable } from '$lib/db';
import { sameProvince, type Registry } from '$lib/units';
import { loadRegistry } from '$lib/workspace/registry';
import { analystProvince, setAnalystProvince, type AnalystProvince } from '$lib/workspace/registry-province';
import type { PreparedFile } from '../load/prepared';
import { loadAliases, recordingResolver, unmatchedUnits, type UnmatchedUnit } from './choices';
import { decideProvince, fileProvinces, type ProvinceDecision } from './province';
import { makeUnitResolver } from './resolve';

/*
 * The import page's units: the analyst's province, the province of the file being checked, and the names
 * the check could not match. A check matches local units within one province only (resolve.ts); afterwards
 * `settle` says whether the file's names point elsewhere (check again there) or to no single province (ask).
 */

export type Recorder = ReturnType<typeof recordingResolver>;

export class UnitScope {
	registry = $state.raw<Registry | null>(null);
	/** The analyst's province (or the sample's, said so); null until the database is read or when unknown. */
	analyst = $state.raw<AnalystProvince | null>(null);
	/** The analyst's answer for this file. */
	answered = $state<string | null>(null);
	/** The province the file's names pointed to, when they pointed to one. */
	detected = $state<string | null>(null);
	decision = $state.raw<ProvinceDecision>({ status: 'none' });
	/** Unit names the last check could not match, for the analyst to answer. */
	unmatched = $state.raw<UnmatchedUnit[]>([]);

	/** The province the next check matches agencies, districts and communes in. */
	province = $derived(this.answered ?? this.detected ?? this.analyst?.key ?? null);
	/** Rows may be loaded only once the file's province is known. */
	blocked = $derived(this.decision.status === 'ask');

	async readAnalyst(db: Database): Promise<void> {
		this.analyst = await analystProvince(db);
	}

	async setAnalyst(db: Database, key: string): Promise<void> {
		await setAnalystProvince(db, key);
		await db.save(); // outside a transaction nothing else writes it to the device before the tab closes
		this.analyst = { key, source: 'analyst' };
	}

	/** The resolver of a check, with the registry and the analyst's earlier answers read afresh. */
	async resolver(db: Database): Promise<Recorder> {
		this.registry = await loadRegistry(db);
		if (this.analyst === null) await this.readAnalyst(db);
		return recordingResolver(makeUnitResolver(this.registry, await loadAliases(db), this.province));
	}

	/**
	 * After a check: decides the file's province and lists the names left unmatched. Returns true when the
	 * names point to another province than the one just used, so the file must be checked again there.
	 */
	async settle(db: Queryable, issuesTable: string, recorder: Recorder, file: PreparedFile): Promise<boolean> {
		const registry = this.registry!;
		const seen = recorder.seen();
		const fits = fileProvinces(registry, seen, file.titles ?? [], file.fileName);
		const preferred = this.analyst?.source === 'analyst' ? this.analyst.key : null;
		const decision = decideProvince(registry, seen, fits, this.answered, preferred);
		const used = this.province;
		if (decision.status === 'known' && !this.answered) {
			this.detected = decision.key;
			if (!used || !sameProvince(registry, used, decision.key)) return true;
		}
		this.decision = decision;
		this.unmatched = decision.status === 'ask' ? [] : await unmatchedUnits(db, issuesTable, recorder.yearsOf);
		return false;
	}

	/** A new file: its province is found again. */
	reset(): void {
		this.answered = null;
		this.detected = null;
		this.decision = { status: 'none' };
		this.unmatched = [];
	}
}
