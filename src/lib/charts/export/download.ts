import css400 from '@fontsource/be-vietnam-pro/400.css?raw';
import css700 from '@fontsource/be-vietnam-pro/700.css?raw';
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latin700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2?url';
import ext400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2?url';
import ext700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-700-normal.woff2?url';
import vi400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import vi700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2?url';
import { composeSvg, exportFileName, type ExportChart, type ExportParts } from './compose';
import { inlineFontCss } from './font';

/*
 * Browser-only: ChartFrame imports this module dynamically when an export button is pressed, so the fonts
 * are fetched then and never during SSR or page load.
 */

const FONT_FILES: Record<string, string> = {
	'be-vietnam-pro-latin-400-normal.woff2': latin400,
	'be-vietnam-pro-latin-700-normal.woff2': latin700,
	'be-vietnam-pro-latin-ext-400-normal.woff2': ext400,
	'be-vietnam-pro-latin-ext-700-normal.woff2': ext700,
	'be-vietnam-pro-vietnamese-400-normal.woff2': vi400,
	'be-vietnam-pro-vietnamese-700-normal.woff2': vi700
};

let fontCss: Promise<string> | undefined;

async function dataUrl(url: string): Promise<string> {
	const blob = await (await fetch(url)).blob();
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, 'data:font/woff2'));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}

function embeddedFont(): Promise<string> {
	fontCss ??= (async () => {
		const urls = Object.fromEntries(
			await Promise.all(
				Object.entries(FONT_FILES).map(async ([name, url]) => [name, await dataUrl(url)] as const)
			)
		);
		return inlineFontCss(`${css400}\n${css700}`, urls);
	})();
	return fontCss;
}

/** Every chart <svg> inside `area`, where it sits, without the parts marked data-export-skip. */
function chartsIn(area: HTMLElement): ExportChart[] {
	const origin = area.getBoundingClientRect();
	return [...area.querySelectorAll('svg')]
		.filter((svg) => !svg.parentElement?.closest('svg'))
		.map((svg) => {
			const box = svg.getBoundingClientRect();
			const copy = svg.cloneNode(true) as SVGSVGElement;
			copy.querySelectorAll('[data-export-skip]').forEach((el) => el.remove());
			return {
				x: box.left - origin.left,
				y: box.top - origin.top,
				width: box.width,
				height: box.height,
				viewBox: svg.getAttribute('viewBox') ?? `0 0 ${box.width} ${box.height}`,
				inner: copy.innerHTML
			};
		});
}

export type ExportMeta = Omit<ExportParts, 'charts' | 'width' | 'fontCss'>;

async function picture(area: HTMLElement, meta: ExportMeta) {
	return composeSvg({
		...meta,
		width: area.getBoundingClientRect().width,
		charts: chartsIn(area),
		fontCss: await embeddedFont()
	});
}

function save(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadSvg(area: HTMLElement, meta: ExportMeta): Promise<void> {
	const { svg } = await picture(area, meta);
	save(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), exportFileName(meta.title, 'svg'));
}

/** The same picture drawn at twice its size (sharp on phones and in print). */
export async function downloadPng(area: HTMLElement, meta: ExportMeta): Promise<void> {
	const { svg, width, height } = await picture(area, meta);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * 2;
		canvas.height = height * 2;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('canvas 2d');
		ctx.scale(2, 2);
		ctx.drawImage(img, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new Error('PNG');
		save(blob, exportFileName(meta.title, 'png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
