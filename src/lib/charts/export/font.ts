/*
 * Be Vietnam Pro for exported files: the @fontsource CSS (latin, latin-ext and Vietnamese subsets, 400 and 700)
 * with every url() replaced by the woff2 file as a data: URL, because an SVG opened as an image, or in
 * another program, loads nothing from outside itself. Without it "Đắk Lắk" falls back to a font that may
 * lack the stacked diacritics.
 */

/** `css` with each `url(./files/NAME.woff2) format('woff2'), url(./files/NAME.woff) format('woff')` source
 *  replaced by the data URL of NAME.woff2 from `dataUrls` (keyed by file name); faces without one dropped. */
export function inlineFontCss(css: string, dataUrls: Record<string, string>): string {
	return css
		.split(/(?=@font-face)/)
		.filter((block) => block.startsWith('@font-face'))
		.map((block) => {
			const name = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(block)?.[1];
			const data = name ? dataUrls[name] : undefined;
			if (!data) return '';
			return block
				.replace(/src:[^;]+;/, `src: url(${data}) format('woff2');`)
				.replace(/\s*font-display:[^;]+;/, '')
				.replace(/\/\*[\s\S]*?\*\//g, '')
				.trim();
		})
		.filter(Boolean)
		.join('\n');
}
