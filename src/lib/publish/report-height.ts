import { heightMessages } from './embed-protocol';

/**
 * Tells the page that frames this embed how tall `element` is, now and whenever it changes (fonts arriving,
 * a narrower frame wrapping the title, the language switched), in both message formats. Returns the cleanup.
 * Outside a frame it does nothing. The target origin is '*': a height is no secret, and the embed cannot
 * know which newspaper frames it.
 */
export function reportHeight(element: HTMLElement, id: string): () => void {
	if (typeof window === 'undefined' || window.parent === window) return () => undefined;
	let last = -1;
	const post = () => {
		const style = getComputedStyle(element);
		const height = Math.ceil(
			element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom)
		);
		if (height === last) return;
		last = height;
		for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(element);
	post();
	return () => observer.disconnect();
}
