import { DataType, type Field, type Table, type Vector, util } from 'apache-arrow';
import type { Row } from './types';

/*
 * Arrow → plain rows, once, at the data layer's edge. Everything above this file sees numbers, strings,
 * booleans, null, arrays and plain objects:
 *   BIGINT/HUGEINT → number (or a decimal string when outside ±2^53, so a big id is never silently rounded);
 *   DECIMAL → number; DATE → 'yyyy-mm-dd'; TIMESTAMP → ISO 8601 in UTC; LIST → array; STRUCT → object.
 */

type Convert = (value: unknown) => unknown;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function bigIntToNumber(value: bigint): number | string {
	return value > MAX_SAFE || value < -MAX_SAFE ? value.toString() : Number(value);
}

/** An unscaled DECIMAL integer → the nearest double (via text, so 8532 at scale 2 is exactly 85.32). */
export function decimalToNumber(unscaled: bigint, scale: number): number | string {
	if (scale === 0) return bigIntToNumber(unscaled);
	const negative = unscaled < 0n;
	const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
	const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
	return Number(negative ? `-${text}` : text);
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** Days or milliseconds since the epoch → 'yyyy-mm-dd' (UTC, so no time zone shifts the day). */
export function epochMsToIsoDate(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function converterFor(type: DataType): Convert {
	if (DataType.isInt(type)) {
		return type.bitWidth === 64 ? (v) => bigIntToNumber(BigInt(v as bigint)) : (v) => v;
	}
	if (DataType.isDecimal(type)) {
		const scale = type.scale;
		return (v) => decimalToNumber(util.bigNumToBigInt(v as Parameters<typeof util.bigNumToBigInt>[0]), scale);
	}
	if (DataType.isDate(type)) return (v) => epochMsToIsoDate(Number(v));
	if (DataType.isTimestamp(type)) return (v) => new Date(Number(v)).toISOString();
	if (DataType.isList(type)) {
		const child = converterFor(type.children[0]!.type);
		return (v) => Array.from(v as Vector, (x) => (x == null ? null : child(x)));
	}
	if (DataType.isStruct(type)) {
		const fields = type.children.map((f: Field) => [f.name, converterFor(f.type)] as const);
		return (v) => {
			const source = v as Record<string, unknown>;
			const out: Row = {};
			for (const [name, convert] of fields) {
				const x = source[name];
				out[name] = x == null ? null : convert(x);
			}
			return out;
		};
	}
	return (v) => (typeof v === 'bigint' ? bigIntToNumber(v) : v);
}

/** Converts a whole Arrow table into plain rows. Column order follows the query. */
export function tableToRows<T = Row>(table: Table): T[] {
	const columns = table.schema.fields.map((field, i) => ({
		name: field.name,
		vector: table.getChildAt(i)!,
		convert: converterFor(field.type)
	}));
	const rows = new Array<T>(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Row = {};
		for (const c of columns) {
			const v = c.vector.get(r);
			row[c.name] = v == null ? null : c.convert(v);
		}
		rows[r] = row as T;
	}
	return rows;
}
