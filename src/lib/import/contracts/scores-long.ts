import { z } from 'zod';
import { getIndex, type IndexCode } from '$lib/indices';
import { scoreKey, type Contract, type RowCheckContext, type RowChecker, type RowProblem } from './field';
import { componentMap } from './component-map';
import { earlierProblem, rangeProblem } from './score-rules';
import { deviceScoreMethods, type ScoreMethods } from './score-methods';
import { GROUP_FIELD, MAX_POINTS_FIELD, POINTS_FIELD, RANK_FIELD, UNIT_FIELD, yearField } from './scores';
import { describeMismatch, totalMismatches } from './total-check';

/*
 * Index scores, long: one row per unit, year and component ("Hà Nội, 2024, Cải cách thể chế, 8,75"), the
 * total on a row whose component is blank, "Tổng" or the index itself. Publishers and provinces often hand
 * out tables this way, and the form needs no column per component. The row check settles what a cell cannot:
 * the component must be one of the index's, the value within that component's range in the method version of
 * the row's year, each (unit, year, component) given once and not already held by an earlier import; and,
 * once every row is seen, each total against its components on the other lines (a warning). Those checks run
 * in JavaScript only; score tables are small (see `load/check.ts`).
 */

interface UnitYear {
	unit: string;
	year: number;
	total?: { line: number; value: number; raw: string; points: number | null; maxPoints: number | null };
	components: Record<string, number>;
	/** Each component's value as written, for its decimals (total-check.ts). */
	written: Record<string, string>;
}

/** The row check of a long table of index `code` (see field.ts `RowChecker`). */
export function longScoresRowCheck(
	code: IndexCode,
	mapped: ReadonlySet<string>,
	context: RowCheckContext = {},
	methods: ScoreMethods = {}
): RowChecker {
	const components = componentMap(code, methods);
	const decimals = getIndex(code).decimals;
	const firstLine = new Map<string, number>();
	const groups = new Map<string, UnitYear>();
	// A repeated row is reported on the component column, or on the unit when every row is a total.
	const repeatKey = mapped.has('component') ? 'component' : 'unit_key';
	const num = (v: unknown) => (typeof v === 'number' ? v : null);
	return {
		row(row, raw, clean) {
			const problems: RowProblem[] = [];
			const year = typeof row.year === 'number' ? row.year : null;
			// A blank cell (or no component column at all) is the total.
			const match = components.resolve(String(row.component ?? ''), year);
			if (!('target' in match)) {
				problems.push({ key: 'component', code: match.code, detail: match.detail });
				return { problems };
			}
			const component = match.target.code;
			if (typeof row.value === 'number') {
				const problem = rangeProblem(code, year, component, row.value, methods);
				const key = problem?.code === 'component_not_in_version' ? 'component' : 'value';
				if (problem) problems.push({ key, ...problem });
			}
			const unit = typeof row.unit_key === 'string' ? row.unit_key : null;
			if (unit !== null && year !== null) {
				const key = scoreKey(unit, year, component);
				const first = firstLine.get(key);
				if (first === undefined) firstLine.set(key, Number(row.__line));
				else problems.push({ key: repeatKey, code: 'duplicate_component', detail: String(first) });
				const earlier = earlierProblem(context, unit, year, [component], decimals);
				if (earlier) problems.push({ key: 'unit_key', ...earlier });
				if (clean && problems.length === 0 && typeof row.value === 'number') {
					const groupKey = `${unit}\u0001${year}`;
					const group = groups.get(groupKey) ?? {
						unit: raw('unit_key'),
						year,
						components: {},
						written: {}
					};
					groups.set(groupKey, group);
					if (component !== null) {
						group.components[component] = row.value;
						group.written[component] = raw('value');
					} else {
						const [points, maxPoints] = [num(row.points), num(row.max_points)];
						group.total = {
							line: Number(row.__line),
							value: row.value,
							raw: raw('value'),
							points,
							maxPoints
						};
					}
				}
			}
			return { problems, values: { component } };
		},
		end() {
			return [...groups.values()].flatMap(({ unit, year, total, components: values, written }) => {
				if (!total) return [];
				const found = totalMismatches(
					code,
					year,
					{
						total: total.value,
						components: values,
						...total,
						written: { total: total.raw, components: written }
					},
					methods
				);
				return found.map((m) => ({
					line: total.line,
					key: 'value',
					value: total.raw,
					code: 'total_mismatch' as const,
					detail: describeMismatch(unit, year, m)
				}));
			});
		}
	};
}

/** The long contract of index `code`; by default with what the analyst configured on this device. */
export function scoresLongContract(code: IndexCode, methods: ScoreMethods = deviceScoreMethods()): Contract {
	const index = getIndex(code);
	return {
		kind: 'scores-long',
		fields: [
			UNIT_FIELD,
			yearField(code),
			{
				key: 'component',
				kind: 'component',
				labelVi: 'Thành phần (mã hoặc tên; để trống = giá trị tổng)',
				labelEn: 'Component (code or name; blank = total)',
				headers: [
					'component',
					'component_code',
					'component name',
					'subindex',
					'sub-index',
					'dimension',
					'pillar',
					'indicator',
					'thành phần',
					'mã thành phần',
					'tên thành phần',
					'chỉ số thành phần',
					'tên chỉ số thành phần',
					'mã chỉ số',
					'tên chỉ số',
					'lĩnh vực',
					'mã lĩnh vực',
					'tên lĩnh vực',
					'tiêu chí',
					'nội dung',
					'chỉ số nội dung',
					'yếu tố',
					'trụ cột',
					'chỉ số chính'
				],
				schema: z.string().nullable()
			},
			{
				key: 'value',
				kind: 'number',
				labelVi: `Giá trị (${index.shortVi} hoặc thành phần)`,
				labelEn: 'Value',
				headers: [
					'value',
					'score',
					'giá trị',
					'điểm',
					'điểm số',
					'giá trị chỉ số',
					'kết quả',
					'tỷ lệ',
					`giá trị ${index.code}`,
					`điểm ${index.code}`
				],
				// The range is the component's in the row's method version: the row check's.
				schema: z.number()
			},
			POINTS_FIELD,
			MAX_POINTS_FIELD,
			RANK_FIELD,
			GROUP_FIELD
		],
		rowCheck: (mapped, context) => longScoresRowCheck(code, mapped, context, methods)
	};
}
