/*
 * The crosswalk with the names of the new units and the succession's weight (NULL when the crosswalk has
 * none): what `workspace/successor-view.ts` needs to set a year of the 63 provinces under today's 34.
 */

export interface SuccessionRow {
	old_key: string;
	new_key: string;
	new_name: string;
	weight: number | null;
}

export function successionsNamedSql(): string {
	return `SELECT s.old_key, s.new_key, coalesce(n.name, s.new_key) AS new_name, s.weight
FROM unit_successions s LEFT JOIN units n ON n.unit_key = s.new_key
ORDER BY s.new_key, s.old_key`;
}
