import type { Registry, Unit } from '$lib/units';
import { loadRegistry } from '$lib/workspace/registry';
import { analystProvince, setAnalystProvince, type AnalystProvince } from '$lib/workspace/registry-province';
import { openWorkspace } from '$lib/workspace/open';
import type { LocalKind } from '../picker';
import { checkUnitList, type ListPlan } from './check';
import { checkEdit, type UnitEdit } from './edit';
import type { ListProblem } from './problems';
import { readListFile } from './read';
import { applyPlan, saveEdit } from './save';
import { groupByKind, provinceUnits } from './view';

/*
 * The unit list page's state: the analyst's province and its units, a list file read and checked (saved
 * only when it has no problem, on the analyst's word), and single edits. Every write reads the registry
 * again, so the next import's check matches what the page shows.
 */

export interface AddDraft {
	name: string;
	kind: LocalKind;
	code: string;
	parent: string;
	from: string;
}

const KIND_WORD: Record<LocalKind, string> = { agency: 'Sở', district: 'Huyện', commune: 'Xã' };
const today = () => new Date().toISOString().slice(0, 10);

export class UnitListPage {
	registry = $state.raw<Registry | null>(null);
	analyst = $state.raw<AnalystProvince | null>(null);
	phase = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state('');
	fileName = $state('');
	reading = $state(false);
	/** Why the file could not be read at all. */
	failed = $state.raw<string[]>([]);
	notices = $state.raw<string[]>([]);
	plan = $state.raw<ListPlan | null>(null);
	saved = $state.raw<{ adds: number; updates: number } | null>(null);
	/** The last edit's or addition's problem, by the unit key it concerns ('' for a new unit). */
	editProblem = $state.raw<{ key: string; problem: Pick<ListProblem, 'code' | 'params'> } | null>(null);

	units = $derived(this.registry && this.analyst ? provinceUnits(this.registry, this.analyst.key) : []);
	groups = $derived(groupByKind(this.units, today()));

	async open(): Promise<void> {
		try {
			const db = await openWorkspace();
			this.analyst = await analystProvince(db);
			this.registry = await loadRegistry(db);
			this.phase = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.phase = 'error';
		}
	}

	async setProvince(key: string): Promise<void> {
		await setAnalystProvince(await openWorkspace(), key);
		this.analyst = { key, source: 'analyst' };
		this.discard();
	}

	async choose(file: File): Promise<void> {
		this.discard();
		this.fileName = file.name;
		this.reading = true;
		try {
			const read = await readListFile(file.name, new Uint8Array(await file.arrayBuffer()));
			if (!read.ok) this.failed = read.problems;
			else if (this.registry && this.analyst) {
				this.notices = read.table.notices;
				this.plan = checkUnitList(read.table, this.registry, this.analyst.key, this.units);
			}
		} catch (error) {
			this.failed = [error instanceof Error ? error.message : String(error)];
		} finally {
			this.reading = false;
		}
	}

	async apply(): Promise<void> {
		const plan = this.plan;
		if (!plan || plan.problems.length > 0) return;
		const db = await openWorkspace();
		await applyPlan(db, plan);
		this.registry = await loadRegistry(db);
		this.plan = null;
		this.saved = { adds: plan.adds.length, updates: plan.updates.length };
	}

	discard(): void {
		this.plan = null;
		this.failed = [];
		this.notices = [];
		this.saved = null;
		this.fileName = '';
	}

	/** Renames, codes, retires or reinstates a unit; false (with `editProblem`) when the change is refused. */
	async edit(unit: Unit, edit: UnitEdit): Promise<boolean> {
		const result = checkEdit(this.units, unit, edit);
		if (!result.unit) {
			this.editProblem = { key: unit.key, problem: result.problem! };
			return false;
		}
		const db = await openWorkspace();
		await saveEdit(db, unit, result.unit);
		this.registry = await loadRegistry(db);
		this.editProblem = null;
		return true;
	}

	/** Adds one unit, checked as a one-line list would be. */
	async add(draft: AddDraft): Promise<boolean> {
		if (!this.registry || !this.analyst) return false;
		const table = {
			headers: ['Tên đơn vị', 'Loại', 'Mã', 'Thuộc', 'Từ ngày'],
			rows: [{ line: 1, fields: [draft.name, KIND_WORD[draft.kind], draft.code, draft.parent, draft.from] }],
			notices: []
		};
		const plan = checkUnitList(table, this.registry, this.analyst.key, this.units);
		const [problem] = plan.problems;
		const [twin] = plan.updates;
		if (problem || twin || plan.unchanged > 0) {
			const name = twin?.before.name ?? draft.name;
			this.editProblem = { key: '', problem: problem ?? { code: 'name_taken', params: { name } } };
			return false;
		}
		const db = await openWorkspace();
		await applyPlan(db, plan);
		this.registry = await loadRegistry(db);
		this.editProblem = null;
		return true;
	}
}
