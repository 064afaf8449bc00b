// A province's own DDCI: its sub-indices, weights, scales and groups (DOMAIN.md §7: each province sets them).
//
// The catalog keeps the generic DDCI (ddci.ts: nine sub-indices, equal weights, UNVERIFIED) as the default;
// a province's configuration never changes it. `ddciVersion(config)` builds the method version that stands in
// for the catalog's wherever a caller passes the configuration in (the import's score contracts, rankings).
import { z } from 'zod';
import { DDCI, DDCI_GROUPS } from './ddci';
import { fold } from './fold';
import type { GroupScheme, MethodVersion } from './types';

/** How far the weights may sum from 100 %: weights written to two decimals (9 × 11,11 = 99,99). */
export const DDCI_WEIGHT_TOLERANCE = 0.1;

/*
 * Messages are i18n keys (areas/ddci.ts), so the editor shows them in the reader's language; `params` of a
 * custom issue fill the message's placeholders.
 */
const text = (max: number, error: string) => z.string().trim().min(1, { error }).max(max, { error });

export const DdciSubIndexSchema = z.object({
	/** Stored with every score of the sub-index (`component_code`): letters, digits, `_`, `.`, `-`. */
	code: z
		.string()
		.trim()
		.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, { error: 'ddci.error.code' }),
	nameVi: text(160, 'ddci.error.name'),
	/** Other names files give it (short forms, spellings). */
	aliases: z.array(text(160, 'ddci.error.alias')).max(20, { error: 'ddci.error.alias' }),
	/** Share of the total, in % (the weights sum to 100). */
	weight: z
		.number({ error: 'ddci.error.weight' })
		.finite({ error: 'ddci.error.weight' })
		.min(0, { error: 'ddci.error.weight' })
		.max(100, { error: 'ddci.error.weight' }),
	/** The sub-index's own scale: 0 to `max` (usually 10). */
	max: z
		.number({ error: 'ddci.error.max' })
		.finite({ error: 'ddci.error.max' })
		.positive({ error: 'ddci.error.max' })
		.max(1000, { error: 'ddci.error.max' })
});

export const DdciThresholdSchema = z.object({
	label: text(60, 'ddci.error.groupLabel'),
	/** Inclusive lower bound on the total; null for the last group only. */
	min: z.number({ error: 'ddci.error.groupNumber' }).finite({ error: 'ddci.error.groupNumber' }).nullable()
});

export const DdciGroupsSchema = z.discriminatedUnion('kind', [
	/** Labels the province publishes with each unit (taken from the file), best first. */
	z.object({ kind: z.literal('published'), labels: z.array(text(60, 'ddci.error.groupLabel')).max(10) }),
	/** Fixed cut-offs on the total, best group first: the app computes each unit's group. */
	z.object({
		kind: z.literal('thresholds'),
		groups: z.array(DdciThresholdSchema).min(2, { error: 'ddci.error.groupCount' }).max(10)
	})
]);

export const DdciConfigSchema = z
	.object({
		format: z.literal(1),
		/** The province's decision or plan the configuration follows ("843/QĐ-UBND"); '' when not given. */
		source: z.string().trim().max(200),
		/** The total's scale: 0 to `totalMax` (100 in most provinces). */
		totalMax: z
			.number({ error: 'ddci.error.totalMax' })
			.finite({ error: 'ddci.error.totalMax' })
			.positive({ error: 'ddci.error.totalMax' })
			.max(1000, { error: 'ddci.error.totalMax' }),
		subIndices: z.array(DdciSubIndexSchema).min(1, { error: 'ddci.error.none' }).max(40),
		groups: DdciGroupsSchema
	})
	.superRefine((config, ctx) => {
		const issue = (
			message: string,
			path: (string | number)[],
			params: Record<string, string | number> = {}
		) => ctx.addIssue({ code: 'custom', message, path, params });
		const sum = config.subIndices.reduce((s, x) => s + x.weight, 0);
		if (Math.abs(sum - 100) > DDCI_WEIGHT_TOLERANCE) issue('ddci.error.weightSum', ['subIndices'], { sum });
		const codes = new Map<string, number>();
		const names = new Map<string, number>();
		config.subIndices.forEach((s, i) => {
			const code = s.code.toLowerCase();
			const first = codes.get(code);
			if (first === undefined) codes.set(code, i);
			else issue('ddci.error.codeTwice', ['subIndices', i, 'code'], { code: s.code, first: first + 1 });
			for (const name of [s.nameVi, ...s.aliases]) {
				const key = fold(name);
				const owner = names.get(key);
				if (owner === undefined) names.set(key, i);
				else if (owner !== i)
					issue('ddci.error.nameTwice', ['subIndices', i, 'nameVi'], { name, first: owner + 1 });
			}
		});
		if (config.groups.kind === 'thresholds') {
			const groups = config.groups.groups;
			groups.forEach((g, i) => {
				const last = i === groups.length - 1;
				const path = ['groups', 'groups', i, 'min'];
				if (last && g.min !== null) issue('ddci.error.groupLast', path);
				if (last) return;
				if (g.min === null || g.min < 0 || g.min > config.totalMax)
					issue('ddci.error.groupMin', path, { label: g.label, max: config.totalMax });
				else if (i > 0 && groups[i - 1]!.min !== null && g.min >= groups[i - 1]!.min!)
					issue('ddci.error.groupOrder', path, { label: g.label });
			});
		}
	});

export type DdciConfig = z.infer<typeof DdciConfigSchema>;
export type DdciSubIndex = DdciConfig['subIndices'][number];
export type DdciGroups = DdciConfig['groups'];

const GENERIC = DDCI.versions[0]!;

/** Today's catalog as a configuration: nine sub-indices 0–10, equal weights, total 0–100, labels as published. */
export function ddciDefaultConfig(): DdciConfig {
	const subs = GENERIC.components.filter((c) => c.level === 'subindex');
	return {
		format: 1,
		source: '',
		totalMax: GENERIC.totalRange.max,
		subIndices: subs.map((c) => ({
			code: c.code,
			nameVi: c.nameVi,
			// The English name stays a name files may use, as it is in the catalog.
			aliases: [c.nameEn, ...(c.aliases ?? [])],
			weight: 100 / subs.length,
			max: c.range.max
		})),
		groups: {
			kind: 'published',
			labels: DDCI_GROUPS.kind === 'publisher_assigned' ? [...DDCI_GROUPS.labels] : []
		}
	};
}

/** The groups a configuration ranks with: computed from fixed cut-offs, or as published with each unit. */
export function ddciGroupScheme(groups: DdciGroups): GroupScheme {
	return groups.kind === 'thresholds'
		? { id: 'DDCI-PROVINCE', kind: 'fixed_thresholds', groups: groups.groups }
		: { id: DDCI_GROUPS.id, kind: 'publisher_assigned', labels: groups.labels };
}

/**
 * The method version a province's configuration stands for: the catalog's generic DDCI (same id and years,
 * so stored scores keep naming it) with the province's sub-indices, weights (as fractions, normalised by
 * their sum, so weights written to two decimals still add to 1), scales and groups. Nothing in it is the
 * catalog's UNVERIFIED default any more.
 */
export function ddciVersion(config: DdciConfig): MethodVersion {
	const sum = config.subIndices.reduce((s, x) => s + x.weight, 0);
	return {
		...GENERIC,
		decisionRef: config.source || GENERIC.decisionRef,
		totalRange: { min: 0, max: config.totalMax },
		components: config.subIndices.map((s) => ({
			code: s.code,
			nameVi: s.nameVi,
			// No English name of its own: the Vietnamese one is shown in both languages.
			nameEn: s.nameVi,
			level: 'subindex' as const,
			weight: sum > 0 ? s.weight / sum : 0,
			range: { min: 0, max: s.max },
			aliases: s.aliases
		})),
		groupScheme: ddciGroupScheme(config.groups),
		unverified: []
	};
}

/** Issues as the editor shows them: an i18n key, its parameters, and where (1-based sub-index row, field). */
export interface DdciProblem {
	key: string;
	params: Record<string, string | number>;
	row: number | null;
	field: string | null;
}

/** The configuration, or every reason it is not one. Unknown messages (a type error) become `ddci.error.form`. */
export function parseDdciConfig(
	input: unknown
): { ok: true; config: DdciConfig } | { ok: false; problems: DdciProblem[] } {
	const result = DdciConfigSchema.safeParse(input);
	if (result.success) return { ok: true, config: result.data };
	return {
		ok: false,
		problems: result.error.issues.map((issue) => {
			const [list, row, field] = issue.path;
			const params = 'params' in issue && issue.params ? (issue.params as DdciProblem['params']) : {};
			return {
				key: issue.message.startsWith('ddci.') ? issue.message : 'ddci.error.form',
				params,
				row: list === 'subIndices' && typeof row === 'number' ? row + 1 : null,
				field: typeof field === 'string' ? field : null
			};
		})
	};
}

/**
 * A short code for a sub-index named `name`, not in `taken` (compared case-insensitively): the initials of
 * its words, digits kept ("Vai trò người đứng đầu" → "VTNDD", "Chỉ số 10" → "CS10"), a single word whole
 * ("LA"), then 2, 3… if taken.
 */
export function codeForName(name: string, taken: Iterable<string>): string {
	const used = new Set([...taken].map((c) => c.toLowerCase()));
	const words = fold(name).split(' ').filter(Boolean);
	const initials = (words.length === 1 ? words : words.map((w) => (/^\d+$/.test(w) ? w : w[0]!)))
		.join('')
		.toUpperCase()
		.slice(0, 12);
	const base = /^[A-Z0-9]/.test(initials) ? initials : 'CS';
	if (!used.has(base.toLowerCase())) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}${n}`.toLowerCase())) return `${base}${n}`;
}
