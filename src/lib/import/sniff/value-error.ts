/*
 * A cell that could not be read: the text as written and why, in Vietnamese. Readers return
 * `T | null | ValueError`: null is a missing value, never a 0 or an empty default.
 */

export interface ValueError {
	readonly kind: 'error';
	readonly text: string;
	readonly reason: string;
}

export function valueError(text: string, reason: string): ValueError {
	return { kind: 'error', text, reason };
}

export function isValueError(value: unknown): value is ValueError {
	return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error';
}
