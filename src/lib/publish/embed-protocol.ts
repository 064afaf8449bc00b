/*
 * How an embed tells its host page how tall it is. Newsroom CMSs already listen for two formats, so the
 * embed posts both and any page that handles either resizes the iframe:
 *  - Datawrapper: `{ 'datawrapper-height': { <chart id>: <height> } }`, matched to the iframe by id;
 *  - AMP `amp-iframe`: `{ sentinel: 'amp', type: 'embed-size', height }`, matched by the sending window.
 * static/embed.js (the snippet's resizer, plain JS served as is) understands both; its test posts these.
 */

export interface DatawrapperHeight {
	'datawrapper-height': Record<string, number>;
}

export interface AmpEmbedSize {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

/** The messages an embed with `id` posts to its parent when its content is `height` CSS pixels tall. */
export function heightMessages(id: string, height: number): [DatawrapperHeight, AmpEmbedSize] {
	const h = Math.ceil(height);
	return [{ 'datawrapper-height': { [id]: h } }, { sentinel: 'amp', type: 'embed-size', height: h }];
}
