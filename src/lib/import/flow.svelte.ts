import type { Database } from '$lib/db';
import { openWorkspace, refreshWorkspaceStatus } from '$lib/workspace/open';
import { isExcelFile, listSheets, type SheetInfo } from './excel';
import { ambiguousRead, formatsWith, readChosen, sameFileSoon } from './flow-read';
import { allIssues, checkPrepared, discardCheck, type CheckOutcome } from './load/check';
import type { CheckProgress } from './load/progress';
import { commitCheck } from './load/commit';
import type { ImportTarget } from './load/targets';
import { SurveyStep, surveyBlock, surveyFileOf } from './survey-step.svelte';
import { listImports, removeImport, type ImportRecord } from './load/history';
import type { PreparedFile } from './load/prepared';
import { autoMap, withColumn } from './mapping/auto-map';
import {
	contractFor,
	guessFormat,
	guessTarget,
	parseTargetName,
	targetName,
	type ScoresFormat,
	type TargetChoice
} from './flow-targets';

export type { ScoresFormat, TargetChoice };
import { recallMapping, rememberMapping, type RememberedMapping } from './mapping/remembered';
import { RESPONDENT_KEYS } from './contracts/survey';
import { ImportCancelled } from './normalize/normalize';
import { issuesToCsv } from './report/errors-csv';
import { makePlan, missingRequired, type ColumnMapping } from './validate/plan';
import { saveUnitChoices, type UnitChoice } from './units/choices';
import { UnitScope } from './units/scope.svelte';

/*
 * The import page's state: choose a file → see how it was read and map its columns → check → read the
 * report → load the valid rows or cancel. Routes only render it.
 */

export type Step = 'idle' | 'reading' | 'mapping' | 'checking' | 'report' | 'loading' | 'done' | 'failed';

export interface Progress extends CheckProgress {
	startedAt: number;
	now: number;
}

export class ImportFlow {
	step = $state<Step>('idle');
	error = $state('');
	problems = $state.raw<string[]>([]);
	fileName = $state('');
	sheets = $state.raw<SheetInfo[]>([]);
	sheet = $state('');
	file = $state.raw<PreparedFile | null>(null);
	target = $state<TargetChoice>('survey');
	/** Nothing in the file said what it is: the page asks the analyst to choose. */
	targetSure = $state(true);
	format = $state<ScoresFormat>('wide');
	mapping = $state<ColumnMapping>({});
	year = $state('');
	sameFile = $state.raw<ImportRecord[]>([]);
	outcome = $state.raw<CheckOutcome | null>(null);
	progress = $state<Progress | null>(null);
	loaded = $state<{ importId: number; rowsLoaded: number } | null>(null);
	history = $state.raw<ImportRecord[]>([]);
	/** The history has been read once: until then the database is opening, and an empty list means nothing. */
	historyLoaded = $state(false);
	/** The column mapping came from the last file with the same header. */
	mappingRemembered = $state(false);
	/** The import that file was loaded as, when it is still in the history. */
	rememberedFrom = $state.raw<RememberedMapping['from']>(null);
	/** The analyst's province, the file's, and the unit names the last check could not match. */
	units = new UnitScope();
	/** The analyst's reading of columns whose numbers are ambiguous: column → decimal mark. */
	decimals = $state<Record<number, ',' | '.'>>({});
	/** A survey's questionnaire: chosen, or defined from the file. */
	survey = new SurveyStep();

	contract = $derived(
		this.target === 'survey' ? this.survey.contract : contractFor(this.target, this.format)
	);
	/** The columns the check reads: a questionnaire defined on the page gives its items' own. */
	inUse = $derived(this.target === 'survey' ? this.survey.inUse(this.mapping) : this.mapping);
	yearKey = $derived(this.target === 'survey' ? 'period' : 'year');
	formats = $derived(formatsWith(this.file?.formats ?? [], this.decimals));
	/** Ambiguous columns that a number field reads: the analyst is asked how to read them. */
	ambiguous = $derived(ambiguousRead(this.file, this.contract, this.mapping));
	plan = $derived(
		this.file
			? makePlan(
					this.contract,
					this.file.headers,
					this.inUse,
					this.formats,
					this.year.trim() ? { [this.yearKey]: this.year.trim() } : {}
				)
			: null
	);
	missing = $derived(this.plan ? missingRequired(this.plan) : []);
	/** A survey with no item column, or a questionnaire defined here that is not complete: not checked. */
	blocked = $derived(surveyBlock(this.plan, this.survey.problems));
	/** The year typed in is the one the file's title gives, and no column gives the year: say where it came from. */
	yearFromTitle = $derived(
		this.file?.titleYear &&
			this.mapping[this.yearKey] === undefined &&
			this.year.trim() === String(this.file.titleYear.year)
			? this.file.titleYear
			: null
	);

	#bytes: Uint8Array | null = null;
	#controller: AbortController | null = null;
	/** Numbers each check: a check that is no longer the latest drops its result. */
	#run = 0;

	/** Reading, checking or loading: choosing another file must wait. */
	busy = $derived(this.step === 'reading' || this.step === 'checking' || this.step === 'loading');

	async refreshHistory(): Promise<void> {
		const db = await openWorkspace();
		this.history = await listImports(db);
		this.historyLoaded = true;
		await this.units.readAnalyst(db);
		await this.survey.read(db);
	}

	/** The analyst's own province, asked once and changeable: where their files' units are matched. */
	async setProvince(key: string): Promise<void> {
		await this.units.setAnalyst(await openWorkspace(), key);
	}

	async choose(picked: File): Promise<void> {
		this.reset();
		this.fileName = picked.name;
		this.step = 'reading';
		try {
			this.#bytes = new Uint8Array(await picked.arrayBuffer());
			if (isExcelFile(this.#bytes, picked.name)) {
				this.sheets = await listSheets(this.#bytes);
				this.sheet = this.sheets.find((s) => s.rows > 0)?.name ?? this.sheets[0]?.name ?? '';
			}
			await this.read();
		} catch (error) {
			this.fail(error);
		}
	}

	async chooseSheet(name: string): Promise<void> {
		this.sheet = name;
		this.step = 'reading';
		try {
			await this.read();
		} catch (error) {
			this.fail(error);
		}
	}

	private async read(): Promise<void> {
		const prepared = await readChosen(
			this.fileName,
			this.#bytes!,
			this.sheets.length > 0 ? this.sheet : null
		);
		if (!prepared.ok) {
			this.problems = prepared.problems;
			this.step = 'failed';
			return;
		}
		const db = await openWorkspace();
		const remembered = await recallMapping(db, prepared.file.headers);
		const named = remembered ? parseTargetName(remembered.target) : null;
		await this.survey.read(db);
		// The file shows with its own kind and mapping at once, never beside the previous file's.
		this.file = prepared.file;
		this.sameFile = [];
		// A survey's questionnaire must still be on the device (saved ones always are, unless the file was edited).
		if (remembered && named && (!named.questionnaireId || this.survey.recall(named.questionnaireId))) {
			this.target = named.target;
			this.format = named.format;
			this.mapping = remembered.mapping;
			this.mappingRemembered = true;
			this.rememberedFrom = remembered.from ?? null;
			this.targetSure = true;
		} else this.remapFresh();
		// Offered, shown and changeable: a constant is used only while no column gives the year (validate/plan.ts).
		if (prepared.file.titleYear) this.year = String(prepared.file.titleYear.year);
		this.step = 'mapping';
		const file = prepared.file;
		void sameFileSoon(db, file).then((same) => {
			if (this.file?.sha256 === file.sha256) this.sameFile = same;
		});
	}

	setTarget(target: TargetChoice): void {
		this.target = target;
		this.targetSure = true;
		this.mappingRemembered = false;
		if (this.file) {
			this.format = guessFormat(target, this.file.headers);
			this.mapping = this.guessMapping();
		}
	}

	/** The columns of a new file: a survey's follow the questionnaire preselected for it. */
	private guessMapping(): ColumnMapping {
		if (!this.file) return {};
		if (this.target === 'survey') return this.survey.preselect(surveyFileOf(this.fileName, this.file));
		return autoMap(contractFor(this.target, this.format), this.file.headers);
	}

	/** The questionnaire the survey follows: an id of `survey.available`, or DEFINE. */
	chooseQuestionnaire(choice: string): void {
		if (!this.file) return;
		this.mappingRemembered = false;
		this.mapping = this.survey.choose(choice, surveyFileOf(this.fileName, this.file), this.mapping);
	}

	/** Leaves the remembered mapping: the kind, layout and columns guessed from the file, as for a new header. */
	remapFresh(): void {
		if (!this.file) return;
		this.mappingRemembered = false;
		const guess = guessTarget(this.fileName, this.file.headers, this.file.likertColumns);
		this.target = guess.target;
		this.targetSure = guess.sure;
		this.format = guessFormat(this.target, this.file.headers);
		this.mapping = this.guessMapping();
	}

	setFormat(format: ScoresFormat): void {
		this.format = format;
		this.mappingRemembered = false;
		if (this.file) this.mapping = autoMap(contractFor(this.target, format), this.file.headers);
	}

	setDecimal(column: number, decimal: ',' | '.'): void {
		this.decimals = { ...this.decimals, [column]: decimal };
	}

	setColumn(fieldKey: string, column: number | null): void {
		// A column the respondent's field now reads is no item of the questionnaire being defined.
		if (column !== null && RESPONDENT_KEYS.includes(fieldKey)) this.survey.editColumn(column, { use: false });
		this.mapping = withColumn(this.mapping, fieldKey, column);
	}

	/** Where the rows go, from the kind, layout and questionnaire the analyst chose. */
	private async importTarget(db: Database): Promise<ImportTarget> {
		return this.target === 'survey'
			? { kind: 'survey', questionnaire: await this.survey.identified(db) }
			: { kind: this.format === 'long' ? 'scores-long' : 'scores', indexCode: this.target };
	}

	async check(again = false): Promise<void> {
		if (!this.file || !this.plan || this.missing.length > 0 || this.blocked) return;
		this.step = 'checking';
		const run = ++this.#run;
		const controller = new AbortController();
		this.#controller = controller;
		const startedAt = performance.now();
		const file = this.file;
		try {
			const db = await openWorkspace();
			const resolver = await this.units.resolver(db);
			const outcome = await checkPrepared(db, file, this.plan, resolver.resolve, {
				target: await this.importTarget(db),
				signal: controller.signal,
				onProgress: (p) => {
					if (run === this.#run) this.progress = { ...p, startedAt, now: performance.now() };
				}
			});
			// Cancelled, or overtaken by another file or another check while it ran: its result is nobody's.
			if (run !== this.#run || controller.signal.aborted) {
				await discardCheck(outcome);
				return;
			}
			// The names point to another province than the one they were matched in: once more, there.
			if ((await this.units.settle(outcome.pending, outcome.issues, resolver, file)) && !again) {
				await discardCheck(outcome);
				if (run === this.#run) return this.check(true);
			}
			this.outcome = outcome;
			this.step = 'report';
		} catch (error) {
			if (run !== this.#run) return;
			if (error instanceof ImportCancelled || (error as Error)?.name === 'AbortError') this.step = 'mapping';
			else this.fail(error);
		} finally {
			if (run === this.#run) this.progress = null;
		}
	}

	async load(): Promise<void> {
		if (!this.file || !this.plan || !this.outcome || this.units.blocked) return;
		this.step = 'loading';
		const { file, plan, outcome, inUse: mapping } = this;
		const q = outcome.target.kind === 'survey' ? outcome.target.questionnaire.id : undefined;
		const remembered = { target: targetName(this.target, this.format, q), mapping };
		try {
			this.loaded = await commitCheck(file, plan, outcome);
		} catch (error) {
			// The transaction rolled back: nothing was loaded, and the check is of no further use.
			this.outcome = null;
			this.fail(error);
			return;
		}
		this.outcome = null;
		const db = await openWorkspace();
		// The rows are in: a mapping that cannot be remembered is not worth an error.
		await rememberMapping(db, file.headers, remembered).catch(() => undefined);
		await this.afterWrite(db).catch(() => undefined);
		// A questionnaire defined for this file is offered for the next one.
		await this.survey.read(db).catch(() => undefined);
		this.step = 'done';
	}

	/** The analyst says whose units the file names: checked again within that province. */
	async answerProvince(key: string): Promise<void> {
		if (this.step !== 'report') return;
		this.units.answered = key;
		this.step = 'checking';
		if (this.outcome) await discardCheck(this.outcome).catch(() => undefined);
		this.outcome = null;
		await this.check();
	}

	/** Remembers the analyst's answers for unmatched units, then checks the file again with them. */
	async applyUnitChoices(choices: readonly UnitChoice[]): Promise<void> {
		if (choices.length === 0 || this.step !== 'report') return;
		this.step = 'checking'; // the report and its buttons go away at once: one click, one check
		try {
			// The check's transaction goes first: the answers are saved by the database's own connection.
			if (this.outcome) await discardCheck(this.outcome);
			this.outcome = null;
			await saveUnitChoices(await openWorkspace(), choices);
			this.units.unmatched = [];
		} catch (error) {
			this.fail(error);
			return;
		}
		await this.check();
	}

	/** Stops a check in progress, or forgets a finished one: nothing is loaded. */
	async cancel(): Promise<void> {
		this.#run++;
		this.#controller?.abort();
		const outcome = this.outcome;
		this.outcome = null;
		if (outcome) await discardCheck(outcome);
		this.units.unmatched = [];
		this.step = this.file ? 'mapping' : 'idle';
	}

	async reportCsv(): Promise<string> {
		if (!this.outcome) return '';
		return issuesToCsv(await allIssues(this.outcome));
	}

	async remove(importId: number): Promise<void> {
		// A checked file waiting in its transaction keeps DuckDB from saving anything else (db/checkpoint.ts):
		// it goes first, and the analyst checks it again if they still want it.
		if (this.outcome || this.step === 'checking') await this.cancel();
		const db = await openWorkspace();
		await removeImport(db, importId);
		await this.afterWrite(db);
	}

	/** Back to the start. A check in progress is stopped and a finished one forgotten (its temp tables dropped). */
	reset(): void {
		this.#run++;
		this.#controller?.abort();
		const outcome = this.outcome;
		if (outcome) void discardCheck(outcome).catch(() => undefined);
		this.step = 'idle';
		this.error = '';
		this.problems = [];
		this.sheets = [];
		this.file = null;
		this.outcome = null;
		this.loaded = null;
		this.sameFile = [];
		this.year = '';
		this.units.reset();
		this.mappingRemembered = false;
		this.decimals = {};
	}

	private async afterWrite(db: Database): Promise<void> {
		await refreshWorkspaceStatus(db);
		this.history = await listImports(db);
	}

	private fail(error: unknown): void {
		this.error = error instanceof Error ? error.message : String(error);
		this.step = 'failed';
	}
}
