// The sniffing stage of the import pipeline: bytes → how to read them. See ../README.md.
export * from './schema';
export { sniffFile, type SniffOptions } from './sniff';
export {
	countLineBreaks,
	countLostCharacters,
	decode,
	decodeRange,
	detectEncoding,
	encodingLabel,
	SAMPLE_HEAD_BYTES,
	SAMPLE_TAIL_BYTES
} from './encoding';
export { detectBinaryFormat, markupMessage } from './magic';
export { convertTcvn3, TCVN3_TO_UNICODE } from './tcvn3';
export { convertVni } from './vni';
export { isVietnameseSyllable, scoreVietnamese } from './vietnamese-text';
export { detectLineEnding, parseRecords, type CsvRecord, type ParsedRows, type ParseOptions } from './rows';
export { DELIMITER_NAMES, detectDelimiter, separatorHint } from './delimiter';
export { findTable, summariseSkipped, type TableSplit } from './header';
export {
	checkedFormat,
	decideNumberFormat,
	detectNumberFormat,
	isNumberLike,
	parseNumber,
	tallyNumbers,
	type NumberTally
} from './numbers';
export { dateKind, detectDateColumn, parseDate } from './dates';
export { LIKERT_SCALES, parseLikert, likertLabelValue, type LikertScale } from './likert';
export { columnLabel, columnLetter, describeColumn, type Cell } from './columns';
export { isMissing, trimCell } from './missing';
export { isValueError, valueError, type ValueError } from './value-error';
