// Published results are read by people without the analyst's data: rendered to HTML at build time (the root
// layout turns SSR off for the pages that run DuckDB), so they show with JavaScript off and load no engine.
export const ssr = true;
