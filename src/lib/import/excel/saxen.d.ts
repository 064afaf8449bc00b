// saxen ships no types; only the part of its API that sheet-xml.ts uses (https://github.com/nikku/saxen).
declare module 'saxen' {
	export class Parser {
		on(
			event: 'openTag',
			cb: (name: string, attrs: () => Record<string, string>, decode: unknown, selfClosing: boolean) => void
		): this;
		on(event: 'closeTag', cb: (name: string) => void): this;
		on(event: 'text', cb: (raw: string) => void): this;
		on(event: 'cdata', cb: (text: string) => void): this;
		on(event: 'error', cb: (error: Error) => void): this;
		/** Returns the error met, if the error handler did not throw. */
		parse(xml: string): Error | null;
	}
}
