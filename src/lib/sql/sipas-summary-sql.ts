import { literal } from './quote';
import {
	breakdowns,
	canPack,
	FINE_TABLE,
	levelsOf,
	packedFineSql,
	plainFineSql,
	QUARTER_OF_MONTH,
	ROW_DIMS,
	type FineShape
} from './sipas-fine-sql';

/*
 * The SIPAS summary: built once per import from `survey_responses`, so that a filter change reads thousands of
 * rows, not millions. Two tables, both additive across units and imports:
 *   sipas_answer_counts        import × period × unit × breakdown value × item → n answers and c0…c10 the
 *                              count of each scale point, lowest first; with respondent weights also w0…w10
 *                              (Σw per point) and wsq (Σw² of the item; NULL: no weight, so Σw = count)
 *   sipas_respondent_moments   import × method × period × unit × breakdown value × level → n, Σy, Σy²
 *                              (y: a respondent's own satisfied share of that element / part / overall;
 *                              level '*' counts every respondent, answered or not); with weights also
 *                              Σw, Σwy, Σw², Σw²y, Σw²y² (NULL without)
 * `sipas_summaries` marks what is built, and in which `format`, so a refresh builds only new imports (and
 * those built in an older format, their old rows deleted first) and drops removed ones: the import code need
 * not know the summary exists. The layout (items → elements → parts) and the method are
 * arguments: this file knows no questionnaire.
 */

/** Items → elements → parts, and the answer scale (the shape of `survey/`'s SurveyLayout). */
export interface SipasLayoutArg {
	items: readonly { code: string; column: string; element: string }[];
	elements: readonly { code: string; part: string }[];
	scale: { min: number; max: number };
}

/** What a respondent's shares depend on (the shape of `survey/`'s SurveyMethod). */
export interface SipasMethodArg {
	satisfiedThreshold: number;
	itemAggregation: 'mean' | 'pooled';
	elementAggregation: 'mean_of_elements' | 'mean_of_items' | 'weighted';
	elementWeights?: Readonly<Record<string, number>>;
}

/**
 * Breakdowns kept in the summary besides the unit and the period: `all` is no breakdown; `quarter` ('1'–'4')
 * and `month` ('01'–'12') come from the day of answer (`surveyed_on`).
 */
export const SIPAS_DIMS = ['all', 'quarter', 'month', 'channel', 'sex', 'age_group', 'service'] as const;
export type SipasDim = (typeof SIPAS_DIMS)[number];

/** The weighted moments' columns (Σw, Σwy, Σw², Σw²y, Σw²y² of the respondents with a share). */
export const WEIGHTED_MOMENTS = ['sum_w', 'sum_wy', 'sum_w2', 'sum_w2y', 'sum_w2y2'] as const;

/** Answer scales have at most 11 points (0–10): one count column each, c0…c10. */
export const MAX_POINTS = 11;
const POINT_COLUMNS = Array.from({ length: MAX_POINTS }, (_, k) => k);

/**
 * The summary's format, marked on every part built: 2 added the quarter and month breakdowns. A part marked
 * with an older one (NULL: built before the mark) is deleted and built again by the next refresh.
 */
export const SUMMARY_FORMAT = 2;

export function sipasSummaryTablesSql(): string[] {
	return [
		`CREATE TABLE IF NOT EXISTS sipas_summaries (
			import_id INTEGER NOT NULL,
			part VARCHAR NOT NULL,
			built_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
			format INTEGER
		)`,
		// Marks made before the format was marked have none (NULL): their parts are built again.
		'ALTER TABLE sipas_summaries ADD COLUMN IF NOT EXISTS format INTEGER',
		// One row per item (five times fewer rows to write and read than one per answer value, as until
		// December 2026: that table and the marks of what it held are dropped, so its imports are built again).
		'DROP TABLE IF EXISTS sipas_item_counts',
		`DELETE FROM sipas_summaries WHERE part = 'counts'`,
		`CREATE TABLE IF NOT EXISTS sipas_answer_counts (
			import_id INTEGER NOT NULL,
			period INTEGER NOT NULL,
			unit_key VARCHAR NOT NULL,
			dim VARCHAR NOT NULL,
			dim_value VARCHAR NOT NULL,
			item VARCHAR NOT NULL,
			n INTEGER NOT NULL,
			${POINT_COLUMNS.map((k) => `c${k} INTEGER`).join(', ')},
			${POINT_COLUMNS.map((k) => `w${k} DOUBLE`).join(', ')},
			wsq DOUBLE
		)`,
		`CREATE TABLE IF NOT EXISTS sipas_respondent_moments (
			import_id INTEGER NOT NULL,
			method_key VARCHAR NOT NULL,
			period INTEGER NOT NULL,
			unit_key VARCHAR NOT NULL,
			dim VARCHAR NOT NULL,
			dim_value VARCHAR NOT NULL,
			level VARCHAR NOT NULL,
			n INTEGER NOT NULL,
			sum_y DOUBLE NOT NULL,
			sum_y2 DOUBLE NOT NULL,
			${WEIGHTED_MOMENTS.map((c) => `${c} DOUBLE`).join(', ')}
		)`,
		// Moments built before weights were read lack their columns; those rows are unweighted (NULL).
		...WEIGHTED_MOMENTS.map(
			(c) => `ALTER TABLE sipas_respondent_moments ADD COLUMN IF NOT EXISTS ${c} DOUBLE`
		)
	];
}

const COUNTS = 'answers';
const momentsPart = (methodKey: string) => `moments:${methodKey}`;

/**
 * Survey imports whose `part` of the summary is not built yet in SUMMARY_FORMAT; only those following
 * questionnaire `q` when given (an import with no questionnaire recorded follows SIPAS 1001, as every import
 * before them did).
 */
function unbuilt(part: string, q?: string): string {
	const ofQuestionnaire = q
		? ` AND coalesce((SELECT questionnaire_id FROM import_questionnaires q WHERE q.import_id = i.import_id),
			'SIPAS-1001-2023') = ${literal(q)}`
		: '';
	return `SELECT import_id FROM imports i WHERE i.kind = 'survey'${ofQuestionnaire} AND NOT EXISTS (
		SELECT 1 FROM sipas_summaries s WHERE s.import_id = i.import_id AND s.part = ${literal(part)}
			AND s.format = ${SUMMARY_FORMAT})`;
}

/** One row, `work`: how many builds or clean-ups a refresh would do (0: the summary is current). */
export function sipasSummaryWorkSql(methodKey: string): string {
	return `SELECT ((SELECT count(*) FROM (${unbuilt(COUNTS)}))
		+ (SELECT count(*) FROM (${unbuilt(momentsPart(methodKey))}))
		+ (SELECT count(*) FROM sipas_summaries WHERE import_id NOT IN (SELECT import_id FROM imports)))::INTEGER AS work`;
}

const KEYS = 'import_id, period, unit_key';

/** Imports that have a respondent weight: summarised by the plain builder, with weighted sums. */
const WEIGHTED_IMPORTS = 'SELECT DISTINCT import_id FROM survey_responses WHERE weight IS NOT NULL';

/** Imports of fewer rows are summarised by breakdown straight from the rows (`FineShape` 'sets'). */
export const SMALL_IMPORT_ROWS = 100_000;
const SMALL = `SELECT import_id FROM imports WHERE rows_loaded < ${SMALL_IMPORT_ROWS}`;

/** Which builds a refresh needs: for weighted imports, for small ones, for large ones. */
export interface SipasRefreshPlan {
	weighted: boolean;
	small: boolean;
	large: boolean;
}

/**
 * One row, a `SipasRefreshPlan` of the imports a refresh would build: a build that is not needed is left out,
 * because a statement of this size alone takes DuckDB ≈ 0,1 s to plan.
 */
export function sipasRefreshPlanSql(methodKey: string, questionnaireId?: string): string {
	const todo = `SELECT import_id FROM (${unbuilt(COUNTS, questionnaireId)} UNION ${unbuilt(momentsPart(methodKey), questionnaireId)})`;
	return `SELECT EXISTS (SELECT 1 FROM survey_responses WHERE weight IS NOT NULL AND import_id IN (${todo})) AS weighted,
		EXISTS (${todo} WHERE import_id IN (${SMALL})) AS small,
		EXISTS (${todo} WHERE import_id NOT IN (${SMALL})) AS large`;
}

/** `sum(x)` → `x`, `bool_or(weighted)` → `weighted`: the expression for a row that is its own group. */
const unsum = (sql: string) => sql.replace(/(sum|bool_or)\((\w+)\)/g, '$2');

/**
 * The fine rows summed per unit × period × breakdown value (the grouping sets, unless they are already), the
 * quarters from the months: in cells from their `month` key, in sets from the month rows.
 */
function fromFine(sums: string[], imports: string, shape: FineShape): string {
	const rows = `${FINE_TABLE} WHERE import_id IN (${imports})`;
	if (shape === 'cells') {
		const b = breakdowns(KEYS, [...ROW_DIMS, 'quarter']);
		return `SELECT ${KEYS}, ${b.select}, ${sums.join(',\n\t\t\t\t')}
				FROM (SELECT *, (month + 2) // 3 AS quarter FROM ${rows}) GROUP BY ${b.groupBy}`;
	}
	return `SELECT ${KEYS}, dim, dim_value, ${sums.map(unsum).join(',\n\t\t\t\t')} FROM ${rows}
		UNION ALL
		SELECT ${KEYS}, 'quarter', ${QUARTER_OF_MONTH}, ${sums.join(',\n\t\t\t\t')}
				FROM ${rows} AND dim = 'month' GROUP BY ALL`;
}

/** Answer counts per item and scale point from the fine cells, one row per item and answer with any. */
function insertCountsSql(
	layout: SipasLayoutArg,
	imports: string,
	weighted: boolean,
	shape: FineShape
): string {
	const points = Array.from({ length: layout.scale.max - layout.scale.min + 1 }, (_, k) => k);
	const items = layout.items.map((item, i) => ({ code: item.code, i }));
	if (items.length === 0) return 'SELECT 1';
	const sums = items.flatMap(({ i }) =>
		points.map((k) =>
			[
				`sum(n${i}_${k})::INTEGER AS n${i}_${k}`,
				...(weighted
					? [
							`CASE WHEN bool_or(weighted) THEN sum(w${i}_${k}) END AS w${i}_${k}`,
							`CASE WHEN bool_or(weighted) THEN sum(v${i}_${k}) END AS v${i}_${k}`
						]
					: [])
			].join(', ')
		)
	);
	const list = (f: (i: number) => string) => `unnest([${items.map((x) => f(x.i)).join(', ')}])`;
	const columns = [
		`${list((i) => literal(layout.items[i]!.code))} AS item`,
		`${list((i) => points.map((k) => `n${i}_${k}`).join(' + '))} AS n`,
		...points.map((k) => `${list((i) => `n${i}_${k}`)} AS c${k}`),
		...points.map((k) => `${weighted ? list((i) => `w${i}_${k}`) : 'NULL::DOUBLE'} AS w${k}`),
		`${weighted ? list((i) => points.map((k) => `v${i}_${k}`).join(' + ')) : 'NULL::DOUBLE'} AS wsq`
	];
	const names = ['item', 'n', ...points.map((k) => `c${k}`), ...points.map((k) => `w${k}`), 'wsq'];
	return `INSERT INTO sipas_answer_counts (${KEYS}, dim, dim_value, ${names.join(', ')})
		SELECT * FROM (
			SELECT ${KEYS}, dim, dim_value, ${columns.join(',\n\t\t\t\t')}
			FROM (${fromFine(sums, imports, shape)})
		) WHERE n > 0`;
}

/** Respondent moments per level from the fine cells, one row per level with a respondent there. */
function insertMomentsSql(
	layout: SipasLayoutArg,
	methodKey: string,
	imports: string,
	weighted: boolean,
	shape: FineShape
): string {
	const levels = levelsOf(layout);
	const idx = levels.map((_, l) => l);
	const wsum = (c: string, l: number) => `CASE WHEN bool_or(weighted) THEN sum(${c}_${l}) END AS ${c}_${l}`;
	const sums = idx.map((l) =>
		[
			`sum(n_${l}) AS n_${l}, sum(s_${l}) AS s_${l}, sum(q_${l}) AS q_${l}`,
			...(weighted ? ['sw', 'swy', 'sw2', 'sw2y', 'sw2y2'].map((c) => wsum(c, l)) : [])
		].join(', ')
	);
	const list = (f: (l: number) => string, first: string) => `unnest([${[first, ...idx.map(f)].join(', ')}])`;
	const extra = ['sw', 'swy', 'sw2', 'sw2y', 'sw2y2'].map((c, k) =>
		weighted
			? `${list((l) => `${c}_${l}`, 'NULL::DOUBLE')} AS ${WEIGHTED_MOMENTS[k]}`
			: `NULL::DOUBLE AS ${WEIGHTED_MOMENTS[k]}`
	);
	return `INSERT INTO sipas_respondent_moments (import_id, method_key, period, unit_key, dim, dim_value, level,
			n, sum_y, sum_y2, ${WEIGHTED_MOMENTS.join(', ')})
		SELECT * FROM (
			SELECT import_id, ${literal(methodKey)}, period, unit_key, dim, dim_value,
				${list((l) => literal(levels[l]!.code), `'*'`)} AS level,
				${list((l) => `n_${l}`, 'respondents')}::INTEGER AS n,
				${list((l) => `s_${l}`, '0::DOUBLE')}::DOUBLE AS sum_y,
				${list((l) => `q_${l}`, '0::DOUBLE')}::DOUBLE AS sum_y2,
				${extra.join(', ')}
			FROM (${fromFine(['sum(respondents) AS respondents', ...sums], imports, shape)})
		) WHERE n > 0`;
}

/**
 * Statements that bring the summary up to date, to run in one transaction: drop what belongs to removed
 * imports, build the counts and the moments of `methodKey` for new survey imports and for those built in an
 * older format (whose old rows go first, so nothing counts twice), mark them built. With
 * `questionnaireId`, only the imports that follow it (whose answers `layout` describes). One scan per builder
 * fills the fine cells (sipas-fine-sql.ts) for every import that lacks either part; the breakdowns are built
 * from those cells; an import of fewer than SMALL_IMPORT_ROWS rows by breakdown straight from its rows.
 * `plan` (`sipasRefreshPlanSql`) leaves out the builds no import needs.
 */
export function sipasSummaryRefreshSql(
	layout: SipasLayoutArg,
	method: SipasMethodArg,
	methodKey: string,
	questionnaireId?: string,
	plan: SipasRefreshPlan = { weighted: true, small: true, large: true }
): string[] {
	const q = questionnaireId;
	const gone = 'import_id NOT IN (SELECT import_id FROM imports)';
	const counts = unbuilt(COUNTS, q);
	const moments = unbuilt(momentsPart(methodKey), q);
	const todo = `SELECT import_id FROM (${counts} UNION ${moments})`;
	const shapes = (['cells', 'sets'] as const).filter((x) => (x === 'sets' ? plan.small : plan.large));
	const size = (x: FineShape) => `import_id ${x === 'sets' ? '' : 'NOT '}IN (${SMALL})`;
	const builds = (x: FineShape, weighted: boolean, fine: (imports: string) => string) => [
		fine(`${todo} WHERE ${size(x)}`),
		insertCountsSql(layout, counts, weighted, x),
		insertMomentsSql(layout, methodKey, moments, weighted, x),
		`DROP TABLE ${FINE_TABLE}`
	];
	const pack = canPack(layout, method);
	const withWeights = `import_id IN (${WEIGHTED_IMPORTS})`;
	return [
		`DELETE FROM sipas_answer_counts WHERE ${gone}`,
		`DELETE FROM sipas_respondent_moments WHERE ${gone}`,
		`DELETE FROM sipas_summaries WHERE ${gone}`,
		// Parts built in an older format: their rows and marks (imports not built at all have none).
		`DELETE FROM sipas_answer_counts WHERE import_id IN (${counts})`,
		`DELETE FROM sipas_respondent_moments WHERE method_key = ${literal(methodKey)} AND import_id IN (${moments})`,
		`DELETE FROM sipas_summaries WHERE (part = ${literal(COUNTS)} AND import_id IN (${counts}))
			OR (part = ${literal(momentsPart(methodKey))} AND import_id IN (${moments}))`,
		...shapes.flatMap((x) =>
			pack
				? [
						...builds(x, false, (i) => packedFineSql(layout, method, `${i} AND NOT ${withWeights}`, x)),
						...(plan.weighted
							? builds(x, true, (i) => plainFineSql(layout, method, `${i} AND ${withWeights}`, x))
							: [])
					]
				: builds(x, true, (i) => plainFineSql(layout, method, i, x))
		),
		`INSERT INTO sipas_summaries (import_id, part, format)
			SELECT import_id, ${literal(COUNTS)}, ${SUMMARY_FORMAT} FROM (${counts})`,
		`INSERT INTO sipas_summaries (import_id, part, format)
			SELECT import_id, ${literal(momentsPart(methodKey))}, ${SUMMARY_FORMAT} FROM (${moments})`
	];
}
