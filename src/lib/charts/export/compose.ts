import { fitText, r2, wrapText } from '../text';

/*
 * The exported picture as one standalone SVG: title, sample label, legend, the chart's own SVG(s) where they
 * sat on the page, and the source line, on a white background with the font embedded. Pure, so the layout
 * is tested in Node; export/download.ts gathers the parts in the browser.
 */

export interface ExportChart {
	/** Position and size on the page, relative to the chart area's top left. */
	x: number;
	y: number;
	width: number;
	height: number;
	viewBox: string;
	/** The chart <svg>'s inner markup, tooltips already removed. */
	inner: string;
}

export interface ExportParts {
	width: number;
	title: string;
	legend?: { label: string; color: string }[];
	source?: string;
	sampleLabel?: string;
	charts: ExportChart[];
	/** @font-face rules with the font inlined (export/font.ts); empty in tests. */
	fontCss?: string;
}

const PAD = 16;
const TITLE = 16;
const SMALL = 11;
const FONT = "'Be Vietnam Pro', sans-serif";
const INK = '#1c1917';
const MUTED = '#57534e';
const WARN = '#92400e';

export function escapeXml(text: string): string {
	return text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

/** `var(--x, fallback)` → fallback: an exported file has no page theme, and not every editor knows var(). */
export function resolveVars(markup: string): string {
	let out = markup;
	let prev;
	do {
		prev = out;
		out = out.replace(/var\(--[\w-]+,\s*([^()]*?)\)/g, '$1');
	} while (out !== prev);
	return out;
}

/** The standalone SVG text and its size. */
export function composeSvg(parts: ExportParts): { svg: string; width: number; height: number } {
	const width = Math.max(parts.width, 240) + 2 * PAD;
	const inner = width - 2 * PAD;
	const out: string[] = [];
	let y = PAD;

	for (const line of wrapText(parts.title, inner, TITLE)) {
		y += TITLE * 1.25;
		out.push(
			`<text x="${PAD}" y="${r2(y)}" font-size="${TITLE}" font-weight="700" fill="${INK}">${escapeXml(line)}</text>`
		);
	}
	if (parts.sampleLabel) {
		y += 6;
		const label = escapeXml(parts.sampleLabel.toUpperCase());
		const w = r2(parts.sampleLabel.length * SMALL * 0.7 + 12);
		out.push(
			`<rect x="${PAD}" y="${r2(y)}" width="${w}" height="${SMALL + 8}" rx="3" fill="#fffbeb" stroke="${WARN}" stroke-dasharray="3 2"/>`,
			`<text x="${PAD + 6}" y="${r2(y + SMALL + 3)}" font-size="${SMALL}" font-weight="700" fill="${WARN}">${label}</text>`
		);
		y += SMALL + 8;
	}
	if (parts.legend?.length) {
		y += 8;
		let x = PAD;
		for (const item of parts.legend) {
			const w = 16 + item.label.length * SMALL * 0.56 + 12;
			if (x > PAD && x + w > PAD + inner) {
				x = PAD;
				y += SMALL + 6;
			}
			out.push(
				`<rect x="${r2(x)}" y="${r2(y)}" width="10" height="10" fill="${escapeXml(resolveVars(item.color))}"/>`,
				`<text x="${r2(x + 14)}" y="${r2(y + 9)}" font-size="${SMALL}" fill="${INK}">${escapeXml(fitText(item.label, inner - 14, SMALL))}</text>`
			);
			x += w;
		}
		y += SMALL + 2;
	}
	y += 10;
	const top = y;
	let bottom = y;
	for (const c of parts.charts) {
		out.push(
			`<svg x="${r2(PAD + c.x)}" y="${r2(top + c.y)}" width="${r2(c.width)}" height="${r2(c.height)}" viewBox="${escapeXml(c.viewBox)}">${resolveVars(c.inner)}</svg>`
		);
		bottom = Math.max(bottom, top + c.y + c.height);
	}
	y = bottom + 6;
	for (const line of parts.source ? wrapText(parts.source, inner, SMALL) : []) {
		y += SMALL * 1.4;
		out.push(`<text x="${PAD}" y="${r2(y)}" font-size="${SMALL}" fill="${MUTED}">${escapeXml(line)}</text>`);
	}
	const height = Math.ceil(y + PAD);
	const style = parts.fontCss ? `<defs><style>${parts.fontCss}</style></defs>` : '';
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
		`${style}<rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`;
	return { svg, width, height };
}

/** A file name from a title: no diacritics, đ → d, words joined by "-" ("Chỉ số CCHC 2024" → "chi-so-cchc-2024"). */
export function exportFileName(title: string, ext: 'svg' | 'png'): string {
	const slug = title
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
	return `${slug || 'bieu-do'}.${ext}`;
}
