import { z } from 'zod';
import { SURVEY_METHOD_DEFAULTS } from '$lib/survey';
import { surveyPageData } from '$lib/workspace/survey-queries';
import type { PageLoad } from './$types';

// Every choice lives in the URL, so a view is a link. Bad values fall back to the defaults, never an error.
const Filters = z.object({
	importId: z.coerce.number().int().positive().nullable().catch(null),
	year: z.coerce.number().int().min(2000).max(2100).nullable().catch(null),
	kind: z.enum(['agency', 'district', 'commune', 'province']).catch('agency'),
	units: z
		.string()
		.transform((s) => s.split(',').filter((u) => u.length > 0))
		.catch([]),
	by: z.enum(['none', 'year', 'quarter', 'month', 'channel', 'sex', 'age_group', 'service']).catch('none')
});

export type SurveyUrlFilters = z.infer<typeof Filters>;

export const load: PageLoad = ({ url }) => {
	const p = url.searchParams;
	const filters = Filters.parse({
		importId: p.get('import'),
		year: p.get('year'),
		kind: p.get('kind') ?? undefined,
		units: p.get('units') ?? '',
		by: p.get('by') ?? undefined
	});
	return { filters, survey: surveyPageData(filters, SURVEY_METHOD_DEFAULTS) };
};
