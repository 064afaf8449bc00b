/* The byte-level helpers of the record scan (normalize.ts): what an issue shows, blank records, requoting. */

export const QUOTE = 0x22;
export const NUL = 0x00;
export const LF = 0x0a;
export const CR = 0x0d;

/**
 * Lets the event loop run other tasks, without setTimeout's 4 ms clamp on nested timers: DuckDB's worker
 * answers by message, and a slice handed to it only moves on when the page reads the answer, so yielding
 * often (every 256 KB) keeps DuckDB busy. Not `scheduler.yield`, which is specified to run its continuation
 * ahead of tasks already queued.
 */
export function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** How much of a record or cell an issue shows. */
const SHOWN_BYTES = 200;

/**
 * `input[start, end)` as an issue's value, at most SHOWN_BYTES of it (a letter the cut splits is left out, not
 * shown as �): bytes that are not UTF-8 as �, NUL as ␀ (no SQL text holds it); a `cell` in quotes as read.
 */
export function shown(input: Uint8Array, start: number, end: number, cell = false): string {
	const cut = Math.min(end, start + SHOWN_BYTES);
	let text = new TextDecoder().decode(input.subarray(start, cut), { stream: cut < end });
	if (cell && cut === end && end - start >= 2 && input[start] === QUOTE && input[end - 1] === QUOTE) {
		text = text.slice(1, -1).replaceAll('""', '"');
	}
	return text.replaceAll('\0', '\u2400');
}

export function isBlank(bytes: Uint8Array, start: number, end: number, delimiter: number): boolean {
	for (let i = start; i < end; i++) {
		const b = bytes[i]!;
		if (b !== delimiter && b !== 0x20 && b !== 0x09 && b !== CR && b !== QUOTE) return false;
	}
	return true;
}

/**
 * The record `bytes[start, end)` (its line breaks all inside quotes) with its cells read as the sniffer reads
 * them and written again in RFC 4180 quoting: a cell is quoted when it holds the delimiter, a quote or a
 * line break.
 */
export function requoted(bytes: Uint8Array, start: number, end: number, delimiter: number): Uint8Array {
	const out: number[] = [];
	let i = start;
	for (;;) {
		const cell: number[] = [];
		if (i < end && bytes[i] === QUOTE) {
			for (i++; i < end; i++) {
				if (bytes[i] !== QUOTE) cell.push(bytes[i]!);
				else if (bytes[i + 1] === QUOTE && i + 1 < end) cell.push(bytes[++i]!);
				else break;
			}
			i++;
		}
		for (; i < end && bytes[i] !== delimiter; i++) cell.push(bytes[i]!);
		const quote = cell.some((b) => b === delimiter || b === QUOTE || b === LF || b === CR);
		if (quote) out.push(QUOTE);
		for (const b of cell) {
			out.push(b);
			if (b === QUOTE) out.push(QUOTE);
		}
		if (quote) out.push(QUOTE);
		if (i >= end) break;
		out.push(delimiter);
		i++;
	}
	return Uint8Array.from(out);
}
