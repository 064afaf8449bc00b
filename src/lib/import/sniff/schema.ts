/*
 * What sniffing returns, schema first: every type of the sniff stage comes from these Zod schemas, so a
 * SniffResult kept in import history or posted to a worker can be checked with `SniffResultSchema.parse`.
 */
import { z } from 'zod';

// ── Encoding ────────────────────────────────────────────────────────────────────────────────────────────

/** How the bytes become characters (a WHATWG TextDecoder label). */
export const CharsetSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'windows-1252']);
export type Charset = z.infer<typeof CharsetSchema>;

/**
 * A repair applied to the decoded characters: text typed with a legacy Vietnamese font encoding (TCVN3/ABC,
 * VNI) whose letters sit on Latin-1 code points, or UTF-8 that was decoded as Windows-1252 and saved again
 * ("HÃ  Ná»™i").
 */
export const RepairSchema = z.enum(['tcvn3', 'vni', 'utf-8-mojibake']);
export type Repair = z.infer<typeof RepairSchema>;

/** The full recipe for `decode()`: TCVN3 bytes are `{ charset: 'windows-1252', repair: 'tcvn3' }`. */
export const EncodingSchema = z.object({ charset: CharsetSchema, repair: RepairSchema.nullable() });
export type Encoding = z.infer<typeof EncodingSchema>;

export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const BinaryFormatSchema = z.enum([
	'xlsx',
	'xls',
	'ods',
	'docx',
	'zip',
	'pdf',
	'png',
	'jpeg',
	'gif',
	'gzip',
	'rar',
	'7z',
	'unknown'
]);
export type BinaryFormat = z.infer<typeof BinaryFormatSchema>;

const TextGuessSchema = z.object({
	status: z.literal('text'),
	encoding: EncodingSchema,
	/** The file starts with a byte order mark. */
	bom: z.boolean(),
	confidence: ConfidenceSchema,
	/** Characters were converted from a legacy encoding (Windows-125x, TCVN3, VNI, double UTF-8). */
	converted: z.boolean(),
	/** The raw bytes are not UTF-8 as they stand: a loader must feed DuckDB `encode(decode(bytes))`. */
	transcode: z.boolean(),
	/** Short name for the interface: "UTF-8", "Windows-1258", "TCVN3 (ABC)", "VNI-Windows"… */
	label: z.string(),
	/** Vietnamese sentence for the user. */
	message: z.string()
});

const EmptyGuessSchema = z.object({
	status: z.literal('empty'),
	reason: z.enum(['no-bytes', 'only-bom', 'only-whitespace']),
	encoding: EncodingSchema,
	bom: z.boolean(),
	message: z.string()
});

const BinaryGuessSchema = z.object({
	status: z.literal('binary'),
	format: BinaryFormatSchema,
	message: z.string()
});

export const EncodingGuessSchema = z.discriminatedUnion('status', [
	TextGuessSchema,
	EmptyGuessSchema,
	BinaryGuessSchema
]);
export type EncodingGuess = z.infer<typeof EncodingGuessSchema>;
export type TextEncodingGuess = z.infer<typeof TextGuessSchema>;

// ── Rows and delimiter ──────────────────────────────────────────────────────────────────────────────────

export const DelimiterSchema = z.enum([',', ';', '\t', '|']);
export type Delimiter = z.infer<typeof DelimiterSchema>;

export const DelimiterGuessSchema = z.object({
	delimiter: DelimiterSchema,
	confidence: ConfidenceSchema,
	/** Fields per record in the body of the file (the most common count). */
	fieldCount: z.number().int().nonnegative(),
	/** Share of the sampled records (after title rows) that have `fieldCount` fields. */
	consistency: z.number().min(0).max(1),
	/** Taken from an Excel `sep=;` first line. */
	fromHint: z.boolean(),
	message: z.string()
});
export type DelimiterGuess = z.infer<typeof DelimiterGuessSchema>;

export const LineEndingSchema = z.enum(['crlf', 'lf', 'cr', 'mixed', 'none']);
export type LineEnding = z.infer<typeof LineEndingSchema>;

// ── Table layout ────────────────────────────────────────────────────────────────────────────────────────

export const SkipReasonSchema = z.enum([
	'blank',
	'title',
	'directive',
	'column-numbers',
	'section',
	'total',
	'note'
]);
export type SkipReason = z.infer<typeof SkipReasonSchema>;

export const SkippedRowSchema = z.object({
	/** 1-based line in the file where the row starts. */
	line: z.number().int().positive(),
	/** Line where it ends (a quoted cell can hold line breaks). */
	endLine: z.number().int().positive(),
	reason: SkipReasonSchema,
	/** The row's non-empty cells joined, shortened, for display. */
	text: z.string()
});
export type SkippedRow = z.infer<typeof SkippedRowSchema>;

export const TableLayoutSchema = z.object({
	/** Lines of the header (two when names sit on two rows under merged cells), names per column. */
	header: z.object({ lines: z.array(z.number().int().positive()), names: z.array(z.string()) }).nullable(),
	firstDataLine: z.number().int().positive().nullable(),
	lastDataLine: z.number().int().positive().nullable(),
	/** Data records between the first and last data line, skipped rows excluded. */
	dataRowCount: z.number().int().nonnegative(),
	/** Columns of the table: the wider of the header and the usual data row. */
	columnCount: z.number().int().nonnegative(),
	skipped: z.array(SkippedRowSchema),
	/** "Bỏ qua dòng 1–3 (tiêu đề) và dòng 68 (dòng tổng cộng)", or null when nothing is skipped. */
	skippedSummary: z.string().nullable(),
	/** Data rows with more non-empty cells than the table has columns (first few lines). */
	raggedLines: z.array(z.number().int().positive()),
	raggedCount: z.number().int().nonnegative()
});
export type TableLayout = z.infer<typeof TableLayoutSchema>;

// ── Values ──────────────────────────────────────────────────────────────────────────────────────────────

export const NumberFormatSchema = z.object({
	decimal: z.enum([',', '.']),
	/** The grouping seen in the column ('space' covers space, no-break and narrow no-break space). */
	thousands: z.enum(['.', ',', 'space']).nullable(),
	/** Most values carry a % sign ("85,32%"); the number is kept as written (85.32), not divided by 100. */
	percent: z.boolean(),
	negative: z.enum(['minus', 'parentheses']).nullable()
});
export type NumberFormat = z.infer<typeof NumberFormatSchema>;

export const NumberFormatGuessSchema = z.object({
	format: NumberFormatSchema,
	/**
	 * evidence: the column's own values decide; file: the column alone cannot tell ("1.234") and other columns
	 * of the file decided; integers: nothing to decide (whole numbers only); ambiguous: nothing decides, the
	 * vi-VN reading (decimal comma) is assumed.
	 */
	basis: z.enum(['evidence', 'file', 'integers', 'ambiguous']),
	ambiguous: z.boolean(),
	/** Non-missing values that read as numbers under `format`, and those that do not. */
	numeric: z.number().int().nonnegative(),
	nonNumeric: z.number().int().nonnegative(),
	/** A value that shows the ambiguity or the decision, as written. */
	example: z.string().nullable()
});
export type NumberFormatGuess = z.infer<typeof NumberFormatGuessSchema>;

export const DateColumnGuessSchema = z.object({
	format: z.enum(['dmy', 'iso', 'year', 'mixed']).nullable(),
	parsed: z.number().int().nonnegative(),
	failed: z.number().int().nonnegative(),
	/** Values whose second part is above 12 ("12/25/2024"): the column is not day/month/year. */
	monthFirst: z.object({ count: z.number().int().positive(), example: z.string() }).nullable()
});
export type DateColumnGuess = z.infer<typeof DateColumnGuessSchema>;

export const LikertScaleIdSchema = z.enum(['satisfaction-5', 'interest-4', 'suitability-4', 'wish-4']);
export type LikertScaleId = z.infer<typeof LikertScaleIdSchema>;

export const ColumnKindSchema = z.enum(['number', 'likert', 'date', 'text', 'empty']);
export type ColumnKind = z.infer<typeof ColumnKindSchema>;

export const InvalidValueSchema = z.object({
	line: z.number().int().positive(),
	text: z.string(),
	reason: z.string()
});
export type InvalidValue = z.infer<typeof InvalidValueSchema>;

export const ColumnInfoSchema = z.object({
	/** 0-based position. */
	index: z.number().int().nonnegative(),
	/** Excel letter of the position: A, B, …, Z, AA. */
	letter: z.string(),
	/** The header cell as written (two header rows joined with " - "); empty when the column has none. */
	name: z.string(),
	/** What the interface shows: the name with spaces collapsed, or "Cột C" when the name is empty. */
	label: z.string(),
	kind: ColumnKindSchema,
	numberFormat: NumberFormatGuessSchema.nullable(),
	date: DateColumnGuessSchema.nullable(),
	likert: z.object({ scale: LikertScaleIdSchema, labelled: z.boolean() }).nullable(),
	/** Up to five distinct non-missing values, as written. */
	samples: z.array(z.string()),
	/** Sampled data rows with a value, and with a missing one (blank, "-", "KTL"…). */
	present: z.number().int().nonnegative(),
	missing: z.number().int().nonnegative(),
	/** Values that do not read as `kind` (first few), and how many there are in the sample. */
	invalid: z.array(InvalidValueSchema),
	invalidCount: z.number().int().nonnegative()
});
export type ColumnInfo = z.infer<typeof ColumnInfoSchema>;

// ── Result ──────────────────────────────────────────────────────────────────────────────────────────────

export const NoticeCodeSchema = z.enum([
	// notices
	'encoding',
	'lost-characters',
	'normalized',
	'extension',
	'sampled',
	'delimiter',
	'skipped-rows',
	'no-header',
	'multi-row-header',
	'unnamed-columns',
	'duplicate-columns',
	'ragged-rows',
	'single-column',
	'number-format',
	'ambiguous-numbers',
	'percent',
	'month-first',
	// problems
	'binary',
	'empty',
	'markup',
	'unclosed-quote',
	'no-data'
]);
export type NoticeCode = z.infer<typeof NoticeCodeSchema>;

export const NoticeSchema = z.object({
	code: NoticeCodeSchema,
	/** Vietnamese, ready to show. */
	message: z.string(),
	/** Lines of the file the notice is about, when it is about lines. */
	lines: z.array(z.number().int().positive()).optional(),
	/** The column it is about (0-based), when it is about one. */
	column: z.number().int().nonnegative().optional()
});
export type Notice = z.infer<typeof NoticeSchema>;

export const SniffResultSchema = z.object({
	fileName: z.string(),
	byteLength: z.number().int().nonnegative(),
	encoding: EncodingGuessSchema,
	lineEnding: LineEndingSchema.nullable(),
	delimiter: DelimiterGuessSchema.nullable(),
	/** Always the double quote, doubled inside quoted cells (RFC 4180), as Excel writes. */
	quote: z.literal('"'),
	layout: TableLayoutSchema.nullable(),
	columns: z.array(ColumnInfoSchema),
	/** Data rows: exact when the whole file was read, otherwise estimated from a sample. */
	rowCount: z.object({ value: z.number().int().nonnegative(), exact: z.boolean() }),
	/** Only the start and the end of a large file were read. */
	sampled: z.boolean(),
	notices: z.array(NoticeSchema),
	/** Blocking: the file cannot be imported as it is. */
	problems: z.array(NoticeSchema)
});
export type SniffResult = z.infer<typeof SniffResultSchema>;
