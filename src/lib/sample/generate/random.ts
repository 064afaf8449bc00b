/**
 * A seeded pseudo-random source (mulberry32). Same seed, same sequence, on every machine: the sample files
 * are byte-for-byte reproducible.
 */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Normal with the given mean and standard deviation (Box–Muller). */
	normal(mean?: number, sd?: number): number;
	/** Integer in [min, max]. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	/** Picks by weight: weights need not sum to 1. */
	weighted<T>(items: readonly (readonly [T, number])[]): T;
}

export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		normal(mean = 0, sd = 1) {
			const u = 1 - next();
			const v = next();
			return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
		int(min, max) {
			return min + Math.floor(next() * (max - min + 1));
		},
		pick(items) {
			return items[Math.floor(next() * items.length)]!;
		},
		weighted(items) {
			const total = items.reduce((s, [, w]) => s + w, 0);
			let r = next() * total;
			for (const [item, w] of items) {
				r -= w;
				if (r < 0) return item;
			}
			return items[items.length - 1]![0];
		}
	};
}

/** Rounds half away from zero to `decimals`, as published tables do. */
export function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return (Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON)) / f;
}

export function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}
