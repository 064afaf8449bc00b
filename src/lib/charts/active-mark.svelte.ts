/**
 * Which mark of a chart shows its tooltip, the same in every chart: the mouse shows it while over the mark, a
 * tap (touch, pen) toggles it, keyboard focus shows it, Escape hides it, and Enter or Space selects the mark
 * when the chart takes `onselect`. Spread `mark.on(key)` on the mark's element.
 */
export class ActiveMark<K> {
	key = $state<K | null>(null);

	on(key: K, onselect?: (key: K) => void) {
		return {
			onpointerenter: (e: PointerEvent) => {
				if (e.pointerType === 'mouse') this.key = key;
				else this.key = this.key === key ? null : key;
			},
			onpointerleave: (e: PointerEvent) => {
				if (e.pointerType === 'mouse') this.key = null;
			},
			onfocus: () => (this.key = key),
			onblur: () => (this.key = null),
			onkeydown: (e: KeyboardEvent) => {
				if (e.key === 'Escape') this.key = null;
				else if (onselect && (e.key === 'Enter' || e.key === ' ')) {
					e.preventDefault();
					onselect(key);
				}
			}
		};
	}
}
