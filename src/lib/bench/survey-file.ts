import { createRandom } from '$lib/sample/generate/random';
import { createRegistry } from '$lib/units';

/*
 * A seeded survey CSV for the import benchmark: 30 columns (id, year, province, four demographic columns and
 * 23 Likert answers with ~3 % blanks), as an office's export would look.
 */

export const BENCH_ANSWERS = 23;

export function benchSurveyCsv(rows: number, seed = 7): Uint8Array {
	const rng = createRandom(seed);
	const provinces = createRegistry()
		.provincesAt('2024-12-31')
		.map((p) => p.name);
	const header = [
		'Mã phiếu',
		'Năm',
		'Đơn vị',
		'Lĩnh vực',
		'Hình thức nộp hồ sơ',
		'Giới tính',
		'Nhóm tuổi',
		...Array.from({ length: BENCH_ANSWERS }, (_, i) => `Câu 9.${i + 1}`)
	];
	const encoder = new TextEncoder();
	const chunks: Uint8Array[] = [encoder.encode(header.join(',') + '\n')];
	let lines: string[] = [];
	for (let r = 1; r <= rows; r++) {
		const answers = Array.from({ length: BENCH_ANSWERS }, () =>
			rng.next() < 0.03 ? '' : String(rng.int(1, 5))
		);
		lines.push(
			[
				`P${r}`,
				'2024',
				rng.pick(provinces),
				'Đất đai',
				'Trực tiếp',
				rng.next() < 0.5 ? 'Nam' : 'Nữ',
				'31–45',
				...answers
			].join(',')
		);
		if (lines.length === 50_000) {
			chunks.push(encoder.encode(lines.join('\n') + '\n'));
			lines = [];
		}
	}
	if (lines.length) chunks.push(encoder.encode(lines.join('\n') + '\n'));
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.length;
	}
	return out;
}
