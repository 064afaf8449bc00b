import type { Database } from '$lib/db';
import {
	BUILT_IN_QUESTIONNAIRES,
	SIPAS_1001,
	SIPAS_2640_TEMPLATE,
	type Questionnaire
} from '$lib/survey/questionnaire';
import {
	identifyQuestionnaire,
	listQuestionnaires,
	type StoredQuestionnaire
} from '$lib/workspace/questionnaires';
import type { Contract } from './contracts/field';
import type { PreparedFile } from './load/prepared';
import { RESPONDENT_KEYS, surveyContract, SURVEY_CONTRACT } from './contracts/survey';
import { autoMapSurvey, mappedItems } from './mapping/survey-map';
import {
	draftMapping,
	draftProblems,
	draftQuestionnaire,
	newDraft,
	type DraftColumn,
	type DraftProblem,
	type QuestionnaireDraft
} from './survey-draft';
import type { CheckPlan, ColumnMapping } from './validate/plan';

/*
 * The import page's questionnaire step, for a survey file: which questionnaire the file follows — SIPAS 1001
 * (preselected when its items are found among the columns), SIPAS 2640 (its five elements, the office's items),
 * a questionnaire saved with an earlier import, or one defined here from the file's columns ("Bảng hỏi riêng")
 * — and the contract and item columns that follow from it.
 */

/** The choice that defines a questionnaire of the office's own from the file. */
export const DEFINE = 'define';

/** What keeps a survey from being checked: no item has a column, or the questionnaire defined is not complete. */
export type SurveyBlock = 'no_item' | 'draft' | null;

/** The file as the step sees it: its header, Likert columns, and the columns the mapping gives the respondent. */
export interface SurveyFile {
	fileName: string;
	headers: readonly string[];
	likert: readonly number[];
}

/** The survey file of a prepared file. */
export function surveyFileOf(fileName: string, file: PreparedFile): SurveyFile {
	return { fileName, headers: file.headers, likert: file.likertIndexes ?? [] };
}

/** Only the respondent's fields (id, year, unit…) of a mapping. */
export function respondentPart(mapping: ColumnMapping): ColumnMapping {
	return Object.fromEntries(Object.entries(mapping).filter(([key]) => RESPONDENT_KEYS.includes(key)));
}

/**
 * Why a survey plan cannot be checked: a survey whose plan reads no item would load respondents without a
 * single answer, counted as valid rows that say nothing.
 */
export function surveyBlock(plan: CheckPlan | null, problems: readonly DraftProblem[]): SurveyBlock {
	if (!plan || plan.contract.kind !== 'survey') return null;
	if (!plan.fields.some((f) => f.field.kind === 'likert')) return 'no_item';
	return problems.length > 0 ? 'draft' : null;
}

const BUILT_IN: StoredQuestionnaire[] = BUILT_IN_QUESTIONNAIRES.map((q) => ({
	questionnaire: q,
	builtIn: true,
	savedAt: null,
	imports: 0
}));

export class SurveyStep {
	/** The questionnaires to choose from: built in, then those saved on the device, newest first. */
	available = $state.raw<StoredQuestionnaire[]>(BUILT_IN);
	/** A questionnaire id of `available`, or DEFINE. Choosing SIPAS 2640 defines items on its elements. */
	choice = $state<string>(SIPAS_1001.id);
	/** The questionnaire being defined (on DEFINE or SIPAS 2640), else null. */
	draft = $state.raw<QuestionnaireDraft | null>(null);

	chosen = $derived(
		this.available.find((s) => s.questionnaire.id === this.choice)?.questionnaire ?? SIPAS_1001
	);
	questionnaire = $derived<Questionnaire>(this.draft ? draftQuestionnaire(this.draft) : this.chosen);
	contract = $derived<Contract>(
		this.questionnaire === SIPAS_1001 ? SURVEY_CONTRACT : surveyContract(this.questionnaire)
	);
	problems = $derived(this.draft ? draftProblems(this.draft) : []);

	async read(db: Database): Promise<void> {
		this.available = await listQuestionnaires(db);
	}

	/** The mapping the check uses: a draft's items come from the draft, the respondent's fields from `mapping`. */
	inUse(mapping: ColumnMapping): ColumnMapping {
		return this.draft ? { ...respondentPart(mapping), ...draftMapping(this.draft) } : mapping;
	}

	/**
	 * The questionnaire of a new file and its columns: SIPAS 1001 when any of its items is found; else a saved
	 * questionnaire whose items are all found, and no answer column left over; else one defined from the file when it has Likert columns; else
	 * SIPAS 1001 (and the page says no item has a column).
	 */
	preselect(file: SurveyFile): ColumnMapping {
		const sipas = autoMapSurvey(SIPAS_1001, SURVEY_CONTRACT, file.headers);
		if (mappedItems(SIPAS_1001, sipas) > 0) return this.pick(SIPAS_1001.id, sipas);
		for (const { questionnaire: q, builtIn } of this.available) {
			if (builtIn || q.items.length === 0) continue;
			const mapping = autoMapSurvey(q, surveyContract(q), file.headers);
			const columns = Object.values(mapping);
			const whole = file.likert.every((c) => columns.includes(c));
			if (mappedItems(q, mapping) === q.items.length && whole) return this.pick(q.id, mapping);
		}
		const taken = Object.values(respondentPart(sipas));
		if (file.likert.some((c) => !taken.includes(c))) return this.choose(DEFINE, file, sipas);
		return this.pick(SIPAS_1001.id, sipas);
	}

	/** The analyst's choice; the respondent's columns in `mapping` stay, the items are found again. */
	choose(choice: string, file: SurveyFile, mapping: ColumnMapping): ColumnMapping {
		const respondent = respondentPart(mapping);
		if (choice === DEFINE || choice === SIPAS_2640_TEMPLATE.id) {
			this.choice = choice;
			const source = choice === DEFINE ? 'custom' : 'SIPAS-2640-2017';
			this.draft = newDraft(source, { ...file, taken: Object.values(respondent) });
			return respondent;
		}
		const q = this.available.find((s) => s.questionnaire.id === choice)?.questionnaire ?? SIPAS_1001;
		const found = autoMapSurvey(q, q === SIPAS_1001 ? SURVEY_CONTRACT : surveyContract(q), file.headers);
		const used = Object.values(respondent);
		const items = Object.entries(found).filter(
			([key, column]) => !RESPONDENT_KEYS.includes(key) && !used.includes(column)
		);
		return this.pick(q.id, { ...respondent, ...Object.fromEntries(items) });
	}

	/** A remembered questionnaire, when the device still has it; false when it does not. */
	recall(id: string): boolean {
		if (!this.available.some((s) => s.questionnaire.id === id && s.questionnaire.items.length > 0))
			return false;
		this.pick(id, {});
		return true;
	}

	private pick(id: string, mapping: ColumnMapping): ColumnMapping {
		this.choice = id;
		this.draft = null;
		return mapping;
	}

	/** The draft changed on the page. */
	edit(draft: QuestionnaireDraft): void {
		if (this.draft) this.draft = draft;
	}

	/** One column of the draft changed. */
	editColumn(column: number, change: Partial<DraftColumn>): void {
		if (!this.draft) return;
		const columns = this.draft.columns.map((c) => (c.column === column ? { ...c, ...change } : c));
		this.draft = { ...this.draft, columns };
	}

	/** The questionnaire in force with the id it is saved under (an office's own: the digest of its content). */
	identified(db: Database): Promise<Questionnaire> {
		return identifyQuestionnaire(db, this.questionnaire);
	}
}
