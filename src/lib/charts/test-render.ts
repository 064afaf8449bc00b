import { render } from 'svelte/server';
import type { Component } from 'svelte';

/**
 * A chart rendered on the server, reduced to its <svg> for a snapshot: Svelte's hydration comments and its
 * CSS-hash class names are dropped, so a snapshot changes only when the drawing does. Test-only.
 */
export function renderSvg<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	const { body } = render(component as Component<Record<string, unknown>>, { props });
	const svg = /<svg[\s\S]*<\/svg>/.exec(body)?.[0];
	if (!svg) throw new Error('the chart rendered no <svg>');
	return svg
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/ ?\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/ class=""/g, '')
		.replace(/></g, '>\n<');
}
