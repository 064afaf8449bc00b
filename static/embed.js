/*
 * chiso embed resizer (served as is, no build step). The snippet pastes it beside an iframe marked
 * data-chiso-embed. A chiso embed posts its height in the two formats newsroom pages already handle:
 * Datawrapper's {"datawrapper-height": {<id>: h}} and AMP's {sentinel: "amp", type: "embed-size", height: h}.
 * The message is matched to the iframe that sent it (same window, same origin as its src), so another frame
 * on the page cannot resize ours. Loaded twice (two snippets), it listens once.
 */
(function () {
	'use strict';
	if (window.chisoEmbedResizer) return;
	window.chisoEmbedResizer = true;

	var MAX = 10000;

	function valid(h) {
		return typeof h === 'number' && isFinite(h) && h > 0 && h <= MAX ? Math.ceil(h) : null;
	}

	function heightFor(data, id) {
		if (!data || typeof data !== 'object') return null;
		if (data.sentinel === 'amp' && data.type === 'embed-size') return valid(data.height);
		var dw = data['datawrapper-height'];
		if (dw && typeof dw === 'object' && Object.prototype.hasOwnProperty.call(dw, id)) return valid(dw[id]);
		return null;
	}

	function originOf(src) {
		try {
			return new URL(src, document.baseURI).origin;
		} catch {
			return null;
		}
	}

	window.addEventListener('message', function (event) {
		var frames = document.querySelectorAll('iframe[data-chiso-embed]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source || originOf(frame.src) !== event.origin) continue;
			var height = heightFor(event.data, frame.getAttribute('data-chiso-embed'));
			if (height !== null) frame.style.height = height + 'px';
		}
	});
})();
