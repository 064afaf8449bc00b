// Vite's `?raw` suffix imports a file's text; the unit registry ships its CSV files this way.
declare module '*.csv?raw' {
	const text: string;
	export default text;
}
