import { precisionFixed, tickStep, type ScaleLinear } from 'd3';
import { formatScore, type Lang } from '$lib/format';
import { r2 } from './text';

/** Ticks of a linear scale: positions (rounded) and vi-VN/en labels with just the decimals the step needs. */
export function linearTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	lang: Lang = 'vi'
): { pos: number; value: number; text: string }[] {
	const [a, b] = scale.domain() as [number, number];
	const decimals = precisionFixed(tickStep(a, b, count));
	return scale.ticks(count).map((value) => ({
		pos: r2(scale(value)),
		value,
		text: formatScore(value, decimals, lang)
	}));
}

/** How many ticks fit in `px` with about `spacing` px between them (2 to 6). */
export function tickCount(px: number, spacing = 60): number {
	return Math.max(2, Math.min(6, Math.floor(px / spacing)));
}
