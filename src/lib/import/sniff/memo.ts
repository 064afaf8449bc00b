/*
 * Sniffing reads a thousand rows per column, and a column repeats a handful of values (answers 1–5, a few
 * dozen unit names): each reader is remembered per text, so a value is parsed once however often it comes.
 * The memory is bounded: past `limit` texts it starts over; and every sniff starts with none (`forgetAll`),
 * so a file is read as if it were the first, whatever came before.
 */

const memories: Map<unknown, unknown>[] = [];

/** Empties every memory (sniffFile calls it first). */
export function forgetAll(): void {
	for (const m of memories) m.clear();
}

export function memoByText<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
	const known = new Map<string, T>();
	memories.push(known);
	return rememberIn(known, read, limit);
}

function rememberIn<T>(known: Map<string, T>, read: (text: string) => T, limit: number): (text: string) => T {
	return (text) => {
		let value = known.get(text);
		if (value === undefined && !known.has(text)) {
			if (known.size >= limit) known.clear();
			value = read(text);
			known.set(text, value);
		}
		return value as T;
	};
}

/** `memoByText` per key (a format, a scale): one memory for each. */
export function memoByKeyAndText<K, T>(read: (key: K, text: string) => T): (key: K, text: string) => T {
	const byKey = new Map<K, (text: string) => T>();
	memories.push(byKey);
	return (key, text) => {
		let reader = byKey.get(key);
		if (!reader) {
			// Not in `memories`: emptying `byKey` forgets these too.
			reader = rememberIn(new Map<string, T>(), (t) => read(key, t), 20_000);
			byKey.set(key, reader);
		}
		return reader(text);
	};
}
