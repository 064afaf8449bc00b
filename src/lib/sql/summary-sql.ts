/** Counts of what the workspace holds: imports, score rows, survey responses. */
export function workspaceSummarySql(): string {
	return `SELECT
		(SELECT count(*) FROM imports)::INTEGER AS imports,
		(SELECT count(*) FROM index_scores)::INTEGER AS score_rows,
		(SELECT count(*) FROM survey_responses)::INTEGER AS responses`;
}
