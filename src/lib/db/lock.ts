/**
 * A first-in-first-out lock. DuckDB-WASM gives us one connection; a transaction must not interleave with a
 * query from another component, so every statement waits its turn here.
 */
export function createLock() {
	let tail: Promise<unknown> = Promise.resolve();
	return function run<T>(work: () => Promise<T>): Promise<T> {
		const result = tail.then(work, work);
		tail = result.catch(() => undefined);
		return result;
	};
}
