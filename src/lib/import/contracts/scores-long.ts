import { z } from 'zod';
import { getIndex, type IndexCode } from '$lib/indices';
import { describeRange, type Contract, type RowCheck, type RowProblem } from './field';
import { componentDefinitions, componentMap } from './component-map';
import {
	GROUP_FIELD,
	MAX_POINTS_FIELD,
	POINTS_FIELD,
	RANK_FIELD,
	totalRange,
	UNIT_FIELD,
	yearField
} from './scores';

/*
 * Index scores, long: one row per unit, year and component ("Hà Nội, 2024, Cải cách thể chế, 8,75"), the
 * total on a row whose component is blank, "Tổng" or the index itself. Publishers and provinces often hand
 * out tables this way, and the form needs no column per component. A cell's schema can only hold the loosest
 * range (over the total and every component), so the row check settles the rest: the component must be one
 * of the index's, the value within that component's own range, and each (unit, year, component) given once.
 * Those checks run in JavaScript only; long tables are small (see `load/check.ts`).
 */

function valueRange(code: IndexCode): { min: number; max: number } {
	const ranges = [totalRange(code), ...[...componentDefinitions(code).values()].flat().map((c) => c.range)];
	return { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) };
}

/** The row check of a long table of index `code` (see field.ts `RowCheck`). */
export function longScoresRowCheck(code: IndexCode, mapped: ReadonlySet<string>): RowCheck {
	const components = componentMap(code);
	const firstLine = new Map<string, number>();
	// A repeated row is reported on the component column, or on the unit when every row is a total.
	const repeatKey = mapped.has('component') ? 'component' : 'unit_key';
	return (row) => {
		const problems: RowProblem[] = [];
		const year = typeof row.year === 'number' ? row.year : null;
		// A blank cell (or no component column at all) is the total.
		const match = components.resolve(String(row.component ?? ''), year);
		if (!('target' in match)) {
			problems.push({ key: 'component', code: match.code, detail: match.detail });
			return { problems };
		}
		const { target } = match;
		if (typeof row.value === 'number' && (row.value < target.min || row.value > target.max)) {
			problems.push({ key: 'value', code: 'out_of_range', detail: describeRange(target) });
		}
		if (typeof row.unit_key === 'string' && year !== null) {
			const key = `${row.unit_key}\u0001${year}\u0001${target.code ?? ''}`;
			const first = firstLine.get(key);
			if (first === undefined) firstLine.set(key, Number(row.__line));
			else problems.push({ key: repeatKey, code: 'duplicate_component', detail: String(first) });
		}
		return { problems, values: { component: target.code } };
	};
}

export function scoresLongContract(code: IndexCode): Contract {
	const index = getIndex(code);
	const value = valueRange(code);
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
				schema: z.number().min(value.min).max(value.max)
			},
			POINTS_FIELD,
			MAX_POINTS_FIELD,
			RANK_FIELD,
			GROUP_FIELD
		],
		rowCheck: (mapped) => longScoresRowCheck(code, mapped)
	};
}
