import { literal } from './quote';
import type { SipasDim, SipasLayoutArg, SipasMethodArg } from './sipas-summary-sql';

/*
 * SIPAS values over the summary (sipas-summary-sql.ts): items, elements, parts and overall for every period ×
 * unit × breakdown value, with n and 95 % intervals — the same numbers `survey/computeSurvey` gives from raw
 * answers (checked to 1e-9 in sipas-sql.test.ts). Items: Wilson. Other levels: the mean's t interval over
 * per-respondent shares, put around the method's estimate (survey/README.md "Intervals").
 */

export type SipasLevel = 'item' | 'element' | 'part' | 'overall';

export interface SipasStatsArgs {
	layout: SipasLayoutArg;
	method: SipasMethodArg;
	/** Which respondent moments to read (`survey/methodKey`). */
	methodKey: string;
	/** Units are grouped up to their ancestor of this kind (agency, district, commune, province). */
	unitKind: string;
	/** null: every survey import. */
	importIds?: readonly number[] | null;
	/** null: every period. */
	periods?: readonly number[] | null;
	/** Groups (units of `unitKind`) to keep; null: all. */
	unitKeys?: readonly string[] | null;
	/** All kept units as one group, key '*'. */
	pool?: boolean;
	dim?: SipasDim;
	levels?: readonly SipasLevel[];
}

export interface SipasStatRow {
	period: number;
	group_key: string;
	/** The unit's name; null for a pooled group. */
	name: string | null;
	dim_value: string;
	level: SipasLevel;
	code: string;
	/** Items: valid answers. Other levels: respondents with a share there. */
	n: number;
	/** Every respondent of the group, answered or not. */
	respondents: number;
	/** % satisfied; null when nothing was answered. */
	value: number | null;
	low: number | null;
	high: number | null;
	mean_score: number | null;
	/** % of answers at each scale point, lowest first. */
	dist: (number | null)[];
	is_sample: boolean;
}

const Z = 1.959963984540054;
const T_TABLE = [
	12.706204736175, 4.302652729749, 3.182446305284, 2.776445105198, 2.570581835636, 2.446911851145,
	2.364624251593, 2.306004135204, 2.262157162798, 2.228138851986, 2.200985160092, 2.178812829667,
	2.160368656463, 2.144786687918, 2.13144954556, 2.119905299221, 2.109815577833, 2.100922040241,
	2.093024054408, 2.085963447266, 2.079613844728, 2.073873067904, 2.068657610419, 2.063898561628,
	2.059538552753, 2.055529438643, 2.05183051648, 2.048407141795, 2.045229642133, 2.042272456301
];

/** t 97.5 % quantile for `df` (≥ 1): the exact table to 30, Cornish–Fisher beyond (as survey/intervals.ts). */
function t975Sql(df: string): string {
	const x = Z;
	const g = [
		(x ** 3 + x) / 4,
		(5 * x ** 5 + 16 * x ** 3 + 3 * x) / 96,
		(3 * x ** 7 + 19 * x ** 5 + 17 * x ** 3 - 15 * x) / 384,
		(79 * x ** 9 + 776 * x ** 7 + 1482 * x ** 5 - 1920 * x ** 3 - 945 * x) / 92160
	];
	const d = `${df}::DOUBLE`;
	return `CASE WHEN ${df} <= 30 THEN [${T_TABLE.join(', ')}][${df}]
		ELSE ${x} + ${g[0]} / ${d} + ${g[1]} / ${d} ^ 2 + ${g[2]} / ${d} ^ 3 + ${g[3]} / ${d} ^ 4 END`;
}

// CTEs read more than once are MATERIALIZED: DuckDB would otherwise inline and recompute them (≈ 35 %
// faster on the sample).
const inList = (col: string, values: readonly (string | number)[]) =>
	values.length === 0 ? 'false' : `${col} IN (${values.map(literal).join(', ')})`;

/** Values, n and intervals at the chosen levels, one row per period × group × breakdown value × code. */
export function sipasStatsSql(args: SipasStatsArgs): string {
	const { layout, method } = args;
	const dim = args.dim ?? 'all';
	const levels = args.levels ?? ['item', 'element', 'part', 'overall'];
	const points = Array.from({ length: layout.scale.max - layout.scale.min + 1 }, (_, k) => k);
	const answerOf = (k: number) => layout.scale.min + k;
	const weight = (code: string) =>
		method.elementAggregation === 'weighted' ? (method.elementWeights?.[code] ?? 0) : 1;
	const parts = [...new Set(layout.elements.map((e) => e.part))];
	const imports = args.importIds ? inList('import_id', args.importIds) : 'true';
	const periods = args.periods ? inList('period', args.periods) : 'true';
	const units = args.unitKeys ? inList('up.anc', args.unitKeys) : 'true';
	const group = args.pool ? `'*'` : 'up.anc';
	const lay = layout.items
		.map((i) => {
			const e = layout.elements.find((x) => x.code === i.element)!;
			return `(${literal(i.code)}, ${literal(e.code)}, ${literal(e.part)})`;
		})
		.join(', ');
	const els = layout.elements
		.map((e) => `(${literal(e.code)}, ${literal(e.part)}, ${literal(weight(e.code))})`)
		.join(', ');
	const codes = [
		...layout.items.map((i) => ['item', i.code]),
		...layout.elements.map((e) => ['element', e.code]),
		...parts.map((p) => ['part', p]),
		['overall', 'overall']
	]
		.filter(([level]) => levels.includes(level as SipasLevel))
		.map(([level, code], ord) => `(${literal(level!)}, ${literal(code!)}, ${ord})`)
		.join(', ');
	const pk = points.map((k) => `p${k}`);
	// Combining rows of `from` (items or elements): the mean of each value, weighted, or pooled counts.
	const mean = (w: string) =>
		[`value`, `mean_score`, ...pk].map((c) => `sum(${w} * ${c}) / nullif(sum(${w}), 0) AS ${c}`).join(', ');
	// Shares are of Σw (the count without weights); n stays the count of answers.
	const pool = [
		`100 * sum(sat) / sum(tot) AS value`,
		`sum(score) / sum(tot) AS mean_score`,
		...points.map((k) => `100 * sum(c${k}) / sum(tot) AS p${k}`)
	].join(', ');
	const sums = `sum(n) AS n, sum(tot) AS tot, sum(sat) AS sat, sum(score) AS score, ${points.map((k) => `sum(c${k}) AS c${k}`).join(', ')}`;
	const combineElements = (keys: string) =>
		method.elementAggregation === 'mean_of_items'
			? `SELECT ${keys}, ${mean('1')} FROM items GROUP BY ALL`
			: `SELECT ${keys}, ${mean('w')} FROM elements GROUP BY ALL`;
	const scope = `${imports} AND ${periods} AND dim = ${literal(dim)}`;
	return `WITH RECURSIVE
keys AS (SELECT DISTINCT unit_key FROM sipas_respondent_moments WHERE ${scope} AND method_key = ${literal(args.methodKey)}),
chain(unit_key, anc, depth) AS (
	SELECT unit_key, unit_key, 0 FROM keys
	UNION ALL
	SELECT chain.unit_key, u.parent_key, depth + 1 FROM chain JOIN units u ON u.unit_key = chain.anc
	WHERE u.parent_key IS NOT NULL AND depth < 8
),
grp AS MATERIALIZED (
	SELECT up.unit_key, ${group} AS group_key FROM chain up JOIN units a ON a.unit_key = up.anc
	WHERE a.kind = ${literal(args.unitKind)} AND ${units}
),
lay(item, element, part) AS (VALUES ${lay}),
els(element, part, w) AS (VALUES ${els}),
codes(level, code, ord) AS (VALUES ${codes}),
counts AS MATERIALIZED (
	SELECT period, group_key, dim_value, item, unnest([${points.map(answerOf).join(', ')}]) AS answer,
		unnest([${points.map((k) => `c${k}`).join(', ')}]) AS n, unnest([${points.map((k) => `w${k}`).join(', ')}]) AS wn, wsq
	FROM (
		SELECT period, g.group_key, dim_value, item,
			${points.map((k) => `sum(c${k})::DOUBLE AS c${k}, sum(coalesce(w${k}, c${k})) AS w${k}`).join(', ')},
			sum(coalesce(wsq, n)) AS wsq
		FROM sipas_answer_counts JOIN grp g USING (unit_key) WHERE ${scope}
		GROUP BY ALL
	)
),
items AS MATERIALIZED (
	SELECT period, group_key, dim_value, item AS code, l.element, l.part, sum(n) AS n, sum(wn) AS tot,
		coalesce(sum(wn) FILTER (WHERE answer >= ${literal(method.satisfiedThreshold)}), 0) AS sat,
		sum(answer * wn) AS score,
		${points.map((k) => `coalesce(sum(wn) FILTER (WHERE answer = ${answerOf(k)}), 0) AS c${k}`).join(', ')},
		100 * sat / tot AS value, score / tot AS mean_score,
		${points.map((k) => `100 * c${k} / tot AS p${k}`).join(', ')},
		-- Kish effective n (Σw)² / Σw²: the count itself without weights.
		CASE WHEN tot > 0 THEN tot * tot / max(wsq) END AS keff
	FROM counts JOIN lay l USING (item) GROUP BY ALL
),
elements AS MATERIALIZED (
	SELECT period, group_key, dim_value, element AS code, part, any_value(els.w) AS w,
		${method.itemAggregation === 'pooled' ? pool : mean('1')}, ${sums}
	FROM items JOIN els USING (element, part) GROUP BY period, group_key, dim_value, element, part
),
partv AS (${combineElements('period, group_key, dim_value, part AS code')}),
overall AS (${combineElements(`period, group_key, dim_value, 'overall' AS code`)}),
vals AS (
	SELECT 'item' AS level, period, group_key, dim_value, code, n, value, mean_score, ${pk.join(', ')},
		sat / tot AS ph, keff AS wn FROM items
	UNION ALL SELECT 'element', period, group_key, dim_value, code, n, value, mean_score, ${pk.join(', ')}, NULL, NULL FROM elements
	UNION ALL SELECT 'part', period, group_key, dim_value, code, NULL, value, mean_score, ${pk.join(', ')}, NULL, NULL FROM partv
	UNION ALL SELECT 'overall', period, group_key, dim_value, code, NULL, value, mean_score, ${pk.join(', ')}, NULL, NULL FROM overall
),
moments AS MATERIALIZED (
	SELECT period, g.group_key, dim_value, level, sum(m.n)::INTEGER AS n, sum(sum_y) AS sy, sum(sum_y2) AS sy2,
		bool_or(m.sum_w IS NOT NULL) AS weighted, sum(coalesce(sum_w, m.n)) AS sw,
		sum(coalesce(sum_wy, sum_y)) AS swy, sum(coalesce(sum_w2, m.n)) AS sw2,
		sum(coalesce(sum_w2y, sum_y)) AS sw2y, sum(coalesce(sum_w2y2, sum_y2)) AS sw2y2,
		bool_or(i.is_sample) AS is_sample
	FROM sipas_respondent_moments m JOIN grp g USING (unit_key) JOIN imports i USING (import_id)
	WHERE ${scope} AND method_key = ${literal(args.methodKey)}
	GROUP BY ALL
),
groups AS (SELECT period, group_key, dim_value, n AS respondents, is_sample FROM moments WHERE level = '*'),
joined AS (
	SELECT g.*, c.level, c.code, c.ord, v.value, v.mean_score, ${pk.map((p) => `v.${p}`).join(', ')}, v.ph, v.wn,
		CASE WHEN c.level = 'item' THEN coalesce(v.n, 0) ELSE coalesce(m.n, 0) END::INTEGER AS n,
		CASE WHEN m.n >= 2 AND NOT m.weighted THEN 100 * sqrt(greatest(0, (m.sy2 - m.sy * m.sy / m.n) / (m.n - 1)) / m.n)
			-- With weights: the linearised variance n/(n − 1) · Σw²(y − ȳ)² / (Σw)², ȳ = Σwy / Σw.
			WHEN m.n >= 2 AND m.sw > 0 THEN 100 * sqrt(greatest(0, m.sw2y2 - 2 * (m.swy / m.sw) * m.sw2y
				+ (m.swy / m.sw) * (m.swy / m.sw) * m.sw2) * m.n / (m.n - 1)) / m.sw END AS se,
		CASE WHEN m.n >= 2 THEN ${t975Sql('(m.n - 1)')} END AS t
	FROM groups g CROSS JOIN codes c
	LEFT JOIN vals v ON v.period = g.period AND v.group_key = g.group_key AND v.dim_value = g.dim_value
		AND v.level = c.level AND v.code = c.code
	LEFT JOIN moments m ON c.level <> 'item' AND m.period = g.period AND m.group_key = g.group_key
		AND m.dim_value = g.dim_value AND m.level = c.code
)
SELECT j.period, j.group_key, u.name, j.dim_value, j.level, j.code, j.n, j.respondents::INTEGER AS respondents,
	j.value,
	-- greatest/least skip NULLs in DuckDB, so a missing value is tested first: no value, no interval.
	CASE WHEN j.value IS NULL THEN NULL WHEN j.level = 'item' THEN ${wilsonSql('low')}
		WHEN j.se IS NOT NULL THEN greatest(0, j.value - j.t * j.se) END AS low,
	CASE WHEN j.value IS NULL THEN NULL WHEN j.level = 'item' THEN ${wilsonSql('high')}
		WHEN j.se IS NOT NULL THEN least(100, j.value + j.t * j.se) END AS high,
	j.mean_score, [${pk.map((p) => `j.${p}`).join(', ')}] AS dist, j.is_sample
FROM joined j LEFT JOIN units u ON u.unit_key = j.group_key
ORDER BY j.period, j.group_key, j.dim_value, j.ord`;
}

/** Wilson 95 % bound in percent from the share `ph` of `wn` answers (null without answers). */
function wilsonSql(side: 'low' | 'high'): string {
	const z2 = Z * Z;
	const centre = `(j.ph + ${z2} / (2 * j.wn)) / (1 + ${z2} / j.wn)`;
	const half = `${Z} * sqrt(j.ph * (1 - j.ph) / j.wn + ${z2} / (4 * j.wn * j.wn)) / (1 + ${z2} / j.wn)`;
	return side === 'low' ? `100 * greatest(0, ${centre} - ${half})` : `100 * least(1, ${centre} + ${half})`;
}

/** Scope of a summary read: which imports, periods and breakdown (`sipasStatsSql`'s arguments). */
export type SipasRowsArgs = Pick<SipasStatsArgs, 'importIds' | 'periods' | 'dim' | 'methodKey'>;

function rowsScope(args: SipasRowsArgs): string {
	const imports = args.importIds ? inList('import_id', args.importIds) : 'true';
	const periods = args.periods ? inList('period', args.periods) : 'true';
	return `${imports} AND ${periods} AND dim = ${literal(args.dim ?? 'all')}`;
}

/*
 * The page's path: three short statements that DuckDB-WASM plans in a few milliseconds (the long
 * `sipasStatsSql` spent longer planning than running), rolled up to groups and combined by
 * `survey/statsFromUnitRows`. The two paths agree to 1e-9 (sipas-sql.test.ts).
 */

/**
 * Answer counts per unit (not rolled up), one row per item: period, unit_key, dim_value, item, and c0…ck the
 * counts of each scale point, lowest first; wc0…wck, wsq and weighted for respondent weights
 * (`survey/UnitCountRow`).
 */
export function sipasCountRowsSql(args: SipasRowsArgs, scale: SipasLayoutArg['scale']): string {
	const points = Array.from({ length: scale.max - scale.min + 1 }, (_, k) => k);
	const cols = points.map((k) => `sum(c${k})::DOUBLE AS c${k}`);
	// With respondent weights (wsq not NULL): Σw per point and Σw² of the item; without, w = 1 (Σw = n).
	const weighted = [
		...points.map((k) => `sum(coalesce(w${k}, c${k})) AS wc${k}`),
		'sum(coalesce(wsq, n)) AS wsq',
		'bool_or(wsq IS NOT NULL) AS weighted'
	];
	return `SELECT period, unit_key, dim_value, item, ${[...cols, ...weighted].join(', ')} FROM sipas_answer_counts
		WHERE ${rowsScope(args)} GROUP BY period, unit_key, dim_value, item`;
}

/**
 * Respondent moments per unit and level, with the import (not joined: a join costs more than its rows); the
 * weighted sums are NULL for imports without weights.
 */
export function sipasMomentRowsSql(args: SipasRowsArgs): string {
	return `SELECT period, unit_key, dim_value, level, import_id, n, sum_y, sum_y2,
			sum_w, sum_wy, sum_w2, sum_w2y, sum_w2y2 FROM sipas_respondent_moments
		WHERE ${rowsScope(args)} AND method_key = ${literal(args.methodKey)}`;
}

/** Which imports hold sample data. */
export function sipasImportRowsSql(): string {
	return 'SELECT import_id, is_sample FROM imports';
}

/** Every unit's kind, parent and name: how units roll up to groups. */
export function sipasUnitRowsSql(): string {
	return 'SELECT unit_key, kind, parent_key, name FROM units';
}
