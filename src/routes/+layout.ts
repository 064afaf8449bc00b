// The app is static files; pages that analyse run DuckDB in the browser, so nothing renders on a server.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
