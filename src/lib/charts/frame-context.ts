import { createContext } from 'svelte';

/**
 * The ids of the frame's title and description, for the chart SVGs inside it to point at
 * (aria-labelledby, aria-describedby): a screen reader that enters a chart hears what it is. A chart drawn
 * outside a ChartFrame (the snapshot tests, an embed) has none.
 */
export interface FrameIds {
	title: string;
	desc: string;
}

export const [getFrameIds, setFrameIds, hasFrameIds] = createContext<FrameIds>();
