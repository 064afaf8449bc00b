import { ident, literal } from './quote';
import type { SipasLayoutArg, SipasMethodArg } from './sipas-summary-sql';

/*
 * The first step of the SIPAS summary: one scan of `survey_responses` into a temporary table of fine cells
 * (import × period × unit × every breakdown column), holding per cell the answer counts of every item and the
 * moments of the respondents' shares at every level. sipas-summary-sql.ts then builds the breakdowns from
 * these few rows. Two builders give the same columns:
 *   packed  unweighted imports of a layout with at most 5 answer points and a threshold at most 3 above the
 *           lowest answer (SIPAS 1001: 1–5, satisfied ≥ 4): per answer one shift of a constant, which gives a
 *           one-hot word that serves both the per-cell counts and each respondent's satisfied and answered
 *           counts per element. Measured in the README (benchmark section).
 *   plain   anything else, and every weighted import: one comparison per item and answer value, weights
 *           (NULL = 1) summed beside the counts.
 *
 * The day of answer enters as `month` (1–12, NULL without a date), a fine key in 'cells': the quarter is
 * derived from it where the breakdowns are summed, so an undated import gets no more cells and a dated one at
 * most twelve times as many.
 *
 * Columns of the fine table: the keys, `respondents`, `weighted` (a weight in the cell), per item i and scale
 * point k (lowest first) `n{i}_{k}` and, weighted, `w{i}_{k}` (Σw) and `v{i}_{k}` (Σw²); per level l (elements,
 * parts, overall) `n_{l}`, `s_{l}` (Σy), `q_{l}` (Σy²) and, weighted, `sw_`, `swy_`, `sw2_`, `sw2y_`, `sw2y2_{l}`.
 */

export const FINE_TABLE = 'sipas_fine';
export const FINE_KEYS = [
	'import_id',
	'period',
	'unit_key',
	'service',
	'channel',
	'sex',
	'age_group',
	'month'
];
/** The fine keys as `survey_responses` gives them: the month of the day of answer. */
const FINE_SOURCE = FINE_KEYS.map((k) => (k === 'month' ? 'month(surveyed_on)::TINYINT AS month' : k)).join(
	', '
);
const KEYS = 'import_id, period, unit_key';
/** The breakdowns a scan of the rows groups by; the quarter comes from the month afterwards. */
export const ROW_DIMS = ['channel', 'sex', 'age_group', 'service', 'month'];

/** A breakdown's value as text: months '01'–'12' and quarters '1'–'4', so that text order is calendar order. */
const DIM_VALUE: Record<string, string> = {
	month: `lpad(month::VARCHAR, 2, '0')`,
	quarter: 'quarter::VARCHAR'
};

/** The quarter ('1'–'4', '' without a date) of a month breakdown's `dim_value` ('01'–'12' or ''). */
export const QUARTER_OF_MONTH = `CASE WHEN dim_value = '' THEN '' ELSE ((dim_value::INTEGER + 2) // 3)::VARCHAR END`;

/**
 * `cells`: one row per fine cell (every breakdown column), for the breakdowns to be summed from; good when a
 * cell holds many respondents. `sets`: the breakdowns straight from the rows (GROUPING SETS: each row is
 * summed five times), one row per unit × period × breakdown value with `dim` and `dim_value`; good when the
 * breakdown columns split the rows into cells of a few respondents each, as in the sample (50,000 rows, 17,000
 * cells, where the cells' wide aggregate states missed the cache at every row).
 */
export type FineShape = 'cells' | 'sets';

/**
 * `dim`, `dim_value` and the GROUPING SETS of the breakdowns `dims` (columns of the rows grouped); `keys` are
 * grouped in every set. A blank (a NULL: no channel, no date…) is the value ''.
 */
export function breakdowns(keys: string, dims: readonly string[]): { select: string; groupBy: string } {
	const which = dims.map((d) => `WHEN grouping(${d}) = 0 THEN ${literal(d)}`).join(' ');
	const value = dims.map((d) => `WHEN grouping(${d}) = 0 THEN ${DIM_VALUE[d] ?? d}`).join(' ');
	return {
		select: `CASE ${which} ELSE 'all' END AS dim, coalesce(CASE ${value} END, '') AS dim_value`,
		groupBy: `GROUPING SETS ((${keys}), ${dims.map((d) => `(${keys}, ${d})`).join(', ')})`
	};
}

/** The grouping of the fine table's aggregate, and its key columns, for a shape. */
function grouping(shape: FineShape): { select: string; groupBy: string; out: string } {
	if (shape === 'cells') {
		const keys = FINE_KEYS.join(', ');
		return { select: keys, groupBy: 'ALL', out: keys };
	}
	const b = breakdowns(KEYS, ROW_DIMS);
	return { select: `${KEYS}, ${b.select}`, groupBy: b.groupBy, out: `${KEYS}, dim, dim_value` };
}

/** The levels a respondent has a share at, in order: elements, parts, overall. */
export function levelsOf(layout: SipasLayoutArg): { code: string; kind: 'element' | 'part' | 'overall' }[] {
	const parts = [...new Set(layout.elements.map((e) => e.part))];
	return [
		...layout.elements.map((e) => ({ code: e.code, kind: 'element' as const })),
		...parts.map((p) => ({ code: p, kind: 'part' as const })),
		{ code: 'overall', kind: 'overall' }
	];
}

const pointsOf = (layout: SipasLayoutArg) => layout.scale.max - layout.scale.min + 1;

/** Whether `packedFineSql` can summarise this layout under this method. */
export function canPack(layout: SipasLayoutArg, method: SipasMethodArg): boolean {
	const below = method.satisfiedThreshold - layout.scale.min;
	return pointsOf(layout) <= 5 && below >= 1 && below <= 3;
}

/** Weight of an element in parts and overall (1 unless the method weights elements). */
function elementWeight(method: SipasMethodArg, code: string): number {
	return method.elementAggregation === 'weighted' ? (method.elementWeights?.[code] ?? 0) : 1;
}

interface El {
	j: number;
	part: string;
	items: number[];
}

function elementsOf(layout: SipasLayoutArg): El[] {
	return layout.elements.map((e, j) => ({
		j,
		part: e.part,
		items: layout.items.flatMap((it, i) => (it.element === e.code ? [i] : []))
	}));
}

/**
 * Part and overall shares from element shares `y{j}` (0 when nothing answered) and `pr{j}` (1 when something
 * was), or from satisfied and answered counts `s{j}`, `a{j}` for the mean of items: the rules of
 * `survey/respondentShares`.
 */
function combinedShares(layout: SipasLayoutArg, method: SipasMethodArg, els: El[]): string[] {
	const combine = (group: El[]): string => {
		if (method.elementAggregation === 'mean_of_items') {
			const s = group.map((e) => `s${e.j}`).join(' + ') || '0';
			const a = group.map((e) => `a${e.j}`).join(' + ') || '0';
			return `(${s})::DOUBLE / nullif(${a}, 0)`;
		}
		const kept = group.filter((e) => elementWeight(method, layout.elements[e.j]!.code) !== 0);
		const w = (e: El) => {
			const x = elementWeight(method, layout.elements[e.j]!.code);
			return x === 1 ? '' : ` * ${literal(x)}`;
		};
		if (kept.length === 0) return 'NULL::DOUBLE';
		const num = kept.map((e) => `y${e.j}${w(e)}`).join(' + ');
		const den = kept.map((e) => `pr${e.j}${w(e)}`).join(' + ');
		return `(${num}) / nullif(${den}, 0)`;
	};
	const parts = [...new Set(layout.elements.map((e) => e.part))];
	return [
		...parts.map((p, k) => `${combine(els.filter((e) => e.part === p))} AS p${k}`),
		`${combine(els)} AS yall`
	];
}

/** Column names of the level shares, in `levelsOf` order. */
function levelColumns(layout: SipasLayoutArg): string[] {
	const parts = [...new Set(layout.elements.map((e) => e.part))];
	return [...layout.elements.map((_, j) => `y${j}`), ...parts.map((_, k) => `p${k}`), 'yall'];
}

const LANE = 20;
const LANE_MASK = 2 ** LANE - 1;
/** A one-hot answer word: the lowest answer at bit 40, the next at 20, the third at 0, higher ones 0. */
const TOP = 2n ** 60n;
/** A blank in a respondent's word (bits 59–62: up to 15 blanks). */
const BLANK = 2n ** 59n;
/** Respondents per fine cell the lowest answer's lane (bits 40–58) can count. */
const MAX_CELL = 2 ** 19;
/** Items per word: more blanks would overflow the blank lane. */
const WORD_ITEMS = 15;

/**
 * Unweighted imports of a packable layout (`canPack`). Per answer x (offset o = x − lowest answer) the word
 * `2^60 >> 20·(o + 1)` has a 1 in the lane of o for the three lowest answers and is 0 above them; a blank is
 * 2^60 >> 1. Summed over a cell (a HUGEINT) the lanes are the counts of the three lowest answers and of
 * blanks; the count and the sum of the shifts give the two highest. Summed over one respondent's items of an element,
 * the same word gives how many they answered and how many below the threshold (the lanes are ≡ 1 modulo
 * 2^20 − 1), so the shares need no comparison per item. Cells of 2^19 respondents or more stop the build.
 */
export function packedFineSql(
	layout: SipasLayoutArg,
	method: SipasMethodArg,
	imports: string,
	shape: FineShape
): string {
	const P = pointsOf(layout);
	const min = layout.scale.min;
	const below = method.satisfiedThreshold - min;
	const els = elementsOf(layout);
	const cols = layout.items.map((i) => ident(i.column));
	// The shift: 20·(o + 1) for an answer, 1 for a blank (so that 2^60 >> 1 is the blank lane); TINYINT, ≤ 100.
	const less = 20 * (min - 1);
	const sh = cols.map(
		(c, i) =>
			`ifnull(${c} * 20::TINYINT${less === 0 ? '' : ` - (${less})::TINYINT`}, 1::TINYINT)::BIGINT AS h${i}`
	);
	const v = cols.map((_, i) => `${TOP} >> h${i} AS v${i}`);
	const words = els.flatMap((e) =>
		Array.from({ length: Math.ceil(e.items.length / WORD_ITEMS) }, (_, h) => {
			const part = e.items.slice(h * WORD_ITEMS, (h + 1) * WORD_ITEMS);
			return { e, k: part.length, sql: `${part.map((i) => `v${i}`).join(' + ')} AS w${e.j}_${h}` };
		})
	);
	const wordsOf = (e: El) => words.filter((w) => w.e === e);
	// answered = items − blanks; below the threshold = the lanes of the `below` lowest answers.
	const shift = LANE * (3 - below);
	const counts = els.map((e) => {
		const ws = wordsOf(e).map((w, h) => ({ ...w, name: `w${e.j}_${h}` }));
		const a = ws.map((w) => `${w.k} - (${w.name} >> 59)`).join(' + ') || '0';
		const lo = ws.map((w) => `((${w.name} & ${BLANK - 1n}) >> ${shift}) % ${LANE_MASK}`).join(' + ') || '0';
		return `${a} AS a${e.j}, ${lo} AS lo${e.j}`;
	});
	const shares = els.map(
		(e) =>
			`${method.elementAggregation === 'mean_of_items' ? `a${e.j} - lo${e.j} AS s${e.j}, ` : ''}(a${e.j} - lo${e.j})::DOUBLE / (a${e.j} + (a${e.j} = 0)::BIGINT) AS y${e.j}, (a${e.j} > 0)::INTEGER AS pr${e.j}`
	);
	const levels = levelColumns(layout);
	const moments = levels.map((l, idx) =>
		idx < els.length
			? `sum(pr${idx}) AS n_${idx}, sum(${l}) AS s_${idx}, sum(${l} * ${l}) AS q_${idx}`
			: `count(${l}) AS n_${idx}, sum(${l}) AS s_${idx}, sum(${l} * ${l}) AS q_${idx}`
	);
	const sums = cols.map((_, i) => `sum(v${i}) AS c${i}${P === 5 ? `, sum(h${i}) AS t${i}` : ''}`);
	// Lanes back to counts per scale point; the two highest points from the count and the sum of answers.
	const unpack = cols.flatMap((_, i) => {
		const blanks = `(c${i} >> 59)`;
		const n = `(respondents - ${blanks})`;
		// The lowest answer's lane ends below the blanks' (bit 59).
		const lane = (k: number) => `((c${i} >> ${LANE * (2 - k)}) & ${k === 0 ? MAX_CELL - 1 : LANE_MASK})`;
		const out = Array.from({ length: Math.min(P, 3) }, (_, k) => `${lane(k)}::BIGINT AS n${i}_${k}`);
		const rest = `(${n} - ${lane(0)} - ${lane(1)} - ${lane(2)})`;
		if (P === 4) out.push(`${rest}::BIGINT AS n${i}_3`);
		if (P === 5) {
			// Σ(o + 1) = (Σ shifts − blanks) / 20 = c0 + 2·c1 + 3·c2 + 4·c3 + 5·c4, and c3 + c4 = rest.
			const top = `((t${i} - ${blanks}) // 20 - ${lane(0)} - 2 * ${lane(1)} - 3 * ${lane(2)} - 4 * ${rest})`;
			out.push(`(${rest} - ${top})::BIGINT AS n${i}_3`, `${top}::BIGINT AS n${i}_4`);
		}
		return out;
	});
	const g = grouping(shape);
	const step = (name: string, select: string[], from: string) =>
		select.length
			? `${name} AS (SELECT *, ${select.join(', ')} FROM ${from})`
			: `${name} AS (SELECT * FROM ${from})`;
	return `CREATE OR REPLACE TEMP TABLE ${FINE_TABLE} AS
		WITH r AS (SELECT ${FINE_SOURCE}, ${sh.length ? sh.join(', ') : '0 AS h_none'} FROM survey_responses WHERE import_id IN (${imports})),
		${step('v', v, 'r')},
		${step(
			'w',
			words.map((w) => w.sql),
			'v'
		)},
		${step('a', counts, 'w')},
		${step('y', shares, 'a')},
		${step('z', combinedShares(layout, method, els), 'y')},
		cells AS (
			SELECT ${g.select}, count(*) AS respondents, ${[...sums, ...moments].join(',\n\t\t\t')}
			FROM z GROUP BY ${g.groupBy}
		)
		SELECT ${g.out}, respondents, false AS weighted, ${[...unpack, ...levels.map((_, idx) => `n_${idx}, s_${idx}, q_${idx}`)].join(',\n\t\t')}
		FROM cells
		WHERE respondents < ${MAX_CELL} OR error('Một nhóm phiếu có từ ${MAX_CELL} phiếu trở lên: quá lớn để tóm tắt') IS NULL`;
}

/**
 * Any layout and method, weights included (`weight`, NULL = 1): counts per item and scale point by comparison,
 * each respondent's satisfied and answered counts per element, shares as `survey/respondentShares`.
 */
export function plainFineSql(
	layout: SipasLayoutArg,
	method: SipasMethodArg,
	imports: string,
	shape: FineShape
): string {
	const P = pointsOf(layout);
	const min = layout.scale.min;
	const thr = literal(method.satisfiedThreshold);
	const els = elementsOf(layout);
	const cols = layout.items.map((i) => ident(i.column));
	const counts = els.map((e) => {
		const xs = e.items.map((i) => cols[i]!);
		const s = xs.map((x) => `coalesce((${x} >= ${thr})::INTEGER, 0)`).join(' + ') || '0';
		const a = xs.map((x) => `(${x} IS NOT NULL)::INTEGER`).join(' + ') || '0';
		return `${s} AS s${e.j}, ${a} AS a${e.j}`;
	});
	const shares = els.map(
		(e) =>
			`s${e.j}::DOUBLE / (a${e.j} + (a${e.j} = 0)::INTEGER) AS y${e.j}, (a${e.j} > 0)::INTEGER AS pr${e.j}`
	);
	const levels = levelColumns(layout);
	// An element's y is 0 when nothing was answered; `yn` is NULL then, so that the sums below skip it.
	const present = levels.map((l, idx) =>
		idx < els.length ? `CASE WHEN pr${idx} = 1 THEN ${l} END AS yn${idx}` : `${l} AS yn${idx}`
	);
	const moments = levels.map(
		(_, idx) => `count(yn${idx}) AS n_${idx}, sum(yn${idx}) AS s_${idx}, sum(yn${idx} * yn${idx}) AS q_${idx},
			sum(yn${idx} * 0 + w) AS sw_${idx}, sum(w * yn${idx}) AS swy_${idx}, sum(yn${idx} * 0 + w2) AS sw2_${idx},
			sum(w2 * yn${idx}) AS sw2y_${idx}, sum(w2 * yn${idx} * yn${idx}) AS sw2y2_${idx}`
	);
	const itemSums = cols.flatMap((c, i) =>
		Array.from({ length: P }, (_, k) => {
			const is = `(${c} = ${min + k})::INTEGER`;
			return `sum(${is}) AS n${i}_${k}, sum(${is} * w) AS w${i}_${k}, sum(${is} * w2) AS v${i}_${k}`;
		})
	);
	const g = grouping(shape);
	return `CREATE OR REPLACE TEMP TABLE ${FINE_TABLE} AS
		WITH r AS (
			SELECT ${FINE_SOURCE}, ${cols.length ? `${cols.join(', ')}, ` : ''}weight IS NOT NULL AS has_w,
				coalesce(weight, 1.0) AS w, coalesce(weight, 1.0) * coalesce(weight, 1.0) AS w2
			FROM survey_responses WHERE import_id IN (${imports})
		),
		a AS (SELECT *${counts.map((c) => `, ${c}`).join('')} FROM r),
		y AS (SELECT *${shares.map((c) => `, ${c}`).join('')} FROM a),
		z AS (SELECT *, ${combinedShares(layout, method, els).join(', ')} FROM y),
		p AS (SELECT *, ${present.join(', ')} FROM z)
		SELECT ${g.select}, count(*) AS respondents, bool_or(has_w) AS weighted,
			${[...itemSums, ...moments].join(',\n\t\t\t')}
		FROM p GROUP BY ${g.groupBy}`;
}
