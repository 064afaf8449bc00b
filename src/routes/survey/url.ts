import type { SurveyUrlFilters } from './+page';

/** The search string of a survey view: only what differs from the defaults, so links stay short. */
export function surveySearch(f: SurveyUrlFilters): '' | `?${string}` {
	const p = new URLSearchParams();
	if (f.importId != null) p.set('import', String(f.importId));
	if (f.year != null) p.set('year', String(f.year));
	if (f.kind !== 'agency') p.set('kind', f.kind);
	if (f.units.length > 0) p.set('units', f.units.join(','));
	if (f.by !== 'none') p.set('by', f.by);
	const s = p.toString();
	return s ? `?${s}` : '';
}
