/*
 * One walk over an XML part with saxen, the parser read-excel-file itself uses: comments, CDATA sections,
 * quoted ">" and entities are the parser's business, not ours. Element names come without their namespace
 * prefix (`<x:c>` from the Open XML SDK is `c`); attribute names keep theirs (`r:id`).
 */
import { Parser } from 'saxen';

export interface XmlHandlers {
	/** `attrs` parses the tag's attributes only when asked (most tags of a sheet are not asked). */
	open?(name: string, attrs: () => Map<string, string>, selfClosing: boolean): void;
	/** Called for a self-closing tag too, right after `open`. */
	close?(name: string): void;
	/** Text and CDATA, entities decoded. */
	text?(text: string): void;
}

// saxen leaves entities to the caller, and its own decoder turns a character above U+FFFF ("&#128512;")
// into a wrong one, so references are decoded here.
function unescapeXml(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex, dec, named) => {
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		if (dec) return String.fromCodePoint(parseInt(dec, 10));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'];
	});
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Walks `xml` (nothing for an empty part); throws on XML that is not well-formed. */
export function walkXml(xml: string, handlers: XmlHandlers): void {
	if (xml.trim() === '') return;
	const { open, close, text } = handlers;
	const parser = new Parser();
	parser.on('error', (error) => {
		throw error;
	});
	if (open)
		parser.on('openTag', (name, attrs, _decode, selfClosing) => {
			const read = () => new Map(Object.entries(attrs()).map(([k, v]) => [k, unescapeXml(v)]));
			open(localName(name), read, selfClosing);
		});
	if (close) parser.on('closeTag', (name) => close(localName(name)));
	if (text) {
		parser.on('text', (raw) => text(unescapeXml(raw)));
		parser.on('cdata', (data) => text(data));
	}
	parser.parse(xml);
}
