/** Changing a choice drops the choices that depend on it, so the new view falls back to what exists. */
const DEPENDENTS: Record<string, string[]> = {
	index: ['component', 'kind', 'units', 'from', 'to', 'unit', 'sample'],
	kind: ['component', 'units', 'unit'],
	sample: ['component', 'kind', 'units', 'from', 'to', 'unit']
};

/** The page address with `key` set (or removed when null/empty) and its dependents dropped. */
export function withChoice(current: URL, key: string, value: string | null): URL {
	const url = new URL(current);
	if (value === null || value === '') url.searchParams.delete(key);
	else url.searchParams.set(key, value);
	for (const dependent of DEPENDENTS[key] ?? []) url.searchParams.delete(dependent);
	return url;
}
