/*
 * RFC 4180 output: comma between fields, LF after every record, a field in double quotes (inner quotes
 * doubled) when it holds a comma, a quote or a line break. Fields are also quoted when they hold another
 * common delimiter (; tab |) or start or end with a space, so the CSV sniffer that reads this text next
 * finds one unambiguous delimiter and keeps the spaces.
 */

const NEEDS_QUOTES = /[",;\t|\r\n]|^\s|\s$/;

export function csvField(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record; a row with no value at all is an empty line, as a blank row of the sheet. */
export function csvRecord(fields: readonly string[]): string {
	return fields.every((f) => f === '') ? '' : fields.map(csvField).join(',');
}
