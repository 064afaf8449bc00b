/**
 * The query string of `url` ("" or "?…"), typed so that `resolve(\`/rankings/${search(url)}\`)` type-checks:
 * pages that keep their state in the URL navigate to themselves with new search params.
 */
export function search(url: URL): '' | `?${string}` {
	return url.search === '' ? '' : (url.search as `?${string}`);
}

/** `params` as a query string for `resolve()`: "" when empty. */
export function query(params: Record<string, string | number>): '' | `?${string}` {
	const text = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
	return text === '' ? '' : `?${text}`;
}
