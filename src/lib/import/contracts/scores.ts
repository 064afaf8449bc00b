import { z } from 'zod';
import { getIndex, type ComponentDef, type IndexCode } from '$lib/indices';
import { COMPONENT_PREFIX, UNIT_HEADERS, type Contract, type FieldDef } from './field';
import { deviceScoreMethods, versionsOf, type ScoreMethods } from './score-methods';
import { wideScoresRowCheck } from './scores-row-check';

/*
 * Index scores, wide: one row per unit and year, with the total and/or component columns, and optionally the
 * published rank, group, points and maximum points. The contract is built per index from the catalog, so a
 * year outside the years the index exists is reported; the range of each value depends on the method
 * version of the row's year, so the row check settles it (scores-row-check.ts), with the repeats and the
 * totals. The long form (one row per component, `scores-long.ts`) shares the fields below. A province's own
 * DDCI (score-methods.ts) gives the DDCI contract its sub-indices, ranges and weights in place of the catalog's.
 */

export { COMPONENT_PREFIX };

function componentsOf(code: IndexCode, methods: ScoreMethods): ComponentDef[] {
	const seen = new Map<string, ComponentDef>();
	for (const version of versionsOf(code, methods)) {
		for (const c of version.components) {
			if (c.level === 'item') continue; // SIPAS items come from raw responses, not from score tables
			if (!seen.has(c.code)) seen.set(c.code, c);
		}
	}
	return [...seen.values()];
}

/** The loosest total range over the index's versions. */
export function totalRange(code: IndexCode, methods: ScoreMethods = {}): { min: number; max: number } {
	const versions = versionsOf(code, methods);
	return {
		min: Math.min(...versions.map((v) => v.totalRange.min)),
		max: Math.max(...versions.map((v) => v.totalRange.max))
	};
}

function yearRange(code: IndexCode): { min: number; max: number } {
	const versions = getIndex(code).versions;
	const open = versions.some((v) => v.years.to === null);
	return {
		min: Math.min(...versions.map((v) => v.years.from)),
		max: open ? 2100 : Math.max(...versions.map((v) => v.years.to ?? 0))
	};
}

export const UNIT_FIELD: FieldDef = {
	key: 'unit_key',
	kind: 'unit',
	labelVi: 'Đơn vị (tỉnh, sở, huyện…)',
	labelEn: 'Unit',
	headers: [...UNIT_HEADERS, 'tỉnh', 'tỉnh, thành phố', 'địa phương', 'province', 'tên tỉnh'],
	schema: z.string().min(1)
};

/** The result year, within the years the index's versions cover. */
export function yearField(code: IndexCode): FieldDef {
	const years = yearRange(code);
	return {
		key: 'year',
		kind: 'integer',
		labelVi: 'Năm',
		labelEn: 'Year',
		headers: ['year', 'năm', 'năm đánh giá', 'kỳ đánh giá'],
		schema: z.number().int().min(years.min).max(years.max)
	};
}

export const RANK_FIELD: FieldDef = {
	key: 'published_rank',
	kind: 'integer',
	labelVi: 'Thứ hạng công bố',
	labelEn: 'Published rank',
	headers: ['rank', 'published_rank', 'xếp hạng', 'thứ hạng', 'hạng', 'xếp thứ', 'thứ tự xếp hạng'],
	schema: z.number().int().min(1).nullable()
};

export const GROUP_FIELD: FieldDef = {
	key: 'group_label',
	kind: 'text',
	labelVi: 'Nhóm, xếp loại',
	labelEn: 'Group',
	headers: ['group', 'group_label', 'tier', 'nhóm', 'xếp loại', 'xếp nhóm', 'nhóm xếp hạng', 'phân loại'],
	schema: z.string().nullable()
};

/** Points a unit reached and the maximum that applies to it (PAR Index: criteria that do not apply lower it). */
export const POINTS_FIELD: FieldDef = {
	key: 'points',
	kind: 'number',
	labelVi: 'Điểm đạt được',
	labelEn: 'Points',
	headers: ['points', 'điểm đạt được', 'điểm thẩm định', 'tổng điểm đạt được'],
	schema: z.number().min(0).nullable()
};

export const MAX_POINTS_FIELD: FieldDef = {
	key: 'max_points',
	kind: 'number',
	labelVi: 'Điểm tối đa',
	labelEn: 'Maximum points',
	headers: ['max_points', 'điểm tối đa', 'tổng điểm tối đa', 'maximum'],
	schema: z.number().min(0).nullable()
};

/** The wide contract of index `code`; by default with what the analyst configured on this device. */
export function scoresContract(code: IndexCode, methods: ScoreMethods = deviceScoreMethods()): Contract {
	const index = getIndex(code);
	const components: FieldDef[] = componentsOf(code, methods).map((c) => ({
		key: `${COMPONENT_PREFIX}${c.code}`,
		kind: 'number',
		labelVi: `${c.code} – ${c.nameVi}`,
		labelEn: `${c.code} – ${c.nameEn}`,
		headers: [
			c.code,
			c.nameVi,
			c.nameEn,
			`${c.code} ${c.nameVi}`,
			`${c.code}. ${c.nameVi}`,
			...(c.aliases ?? [])
		],
		// The range is the version's, checked by the row check.
		schema: z.number().nullable()
	}));
	return {
		kind: 'scores',
		fields: [
			UNIT_FIELD,
			yearField(code),
			{
				key: 'total',
				kind: 'number',
				labelVi: `${index.shortVi}: giá trị chỉ số`,
				labelEn: `${index.code} total`,
				headers: [
					'total',
					'value',
					'score',
					'chỉ số',
					'giá trị chỉ số',
					'điểm',
					'tổng điểm',
					'tổng',
					'điểm số',
					'chỉ số chung',
					index.code,
					index.shortVi,
					`chỉ số ${index.code}`,
					`điểm ${index.code}`,
					`giá trị ${index.code}`,
					`${index.code} score`,
					`${index.code} index`
				],
				schema: z.number().nullable()
			},
			POINTS_FIELD,
			MAX_POINTS_FIELD,
			RANK_FIELD,
			GROUP_FIELD,
			...components
		],
		rowCheck: (mapped, context) => wideScoresRowCheck(code, mapped, context, methods)
	};
}
