import { periodText } from '$lib/publish/describe';
import { shippedPublications } from '$lib/publish/shipped';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	publications: shippedPublications().map((p) => ({
		id: p.id,
		kind: p.kind,
		title: p.title,
		period: periodText(p),
		index: p.provenance.index.code,
		units: p.rows.length,
		isSample: p.provenance.is_sample,
		createdAt: p.provenance.created_at
	}))
});
