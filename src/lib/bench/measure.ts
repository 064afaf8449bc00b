import { createMemoryDatabase } from '$lib/db';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';

/*
 * In-page measurements for `npm run bench`. Each figure comes with a baseline measured in the same page, so
 * the benchmark prints ratios that mean something on any machine. Timings never go into tests.
 */

export type Results = Record<string, number>;

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
	const t0 = performance.now();
	const value = await work();
	return [performance.now() - t0, value];
}

export async function measureEngine(): Promise<Results> {
	// Baseline: fetching and compiling the same wasm module, the floor under any DuckDB start.
	const [wasmCompile] = await time(async () => {
		const bytes = await (await fetch(ehWasm)).arrayBuffer();
		await WebAssembly.compile(bytes);
	});
	const [start, db] = await time(() => createMemoryDatabase());
	const [firstQuery] = await time(() =>
		db.query('SELECT count(*) AS n, sum(i) AS s FROM range(1000000) t(i) WHERE i % 7 = 0')
	);
	await db.close();
	return {
		baseline_wasm_compile_ms: wasmCompile,
		duckdb_start_ms: start,
		first_query_ms: firstQuery
	};
}
