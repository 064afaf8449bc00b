import type { Lang } from '$lib/format/locale';
import { issueMessage, type ImportIssue } from '../rules/issues';

/*
 * The error report as a CSV the analyst opens in Excel: UTF-8 with a BOM (so Excel reads the diacritics),
 * first column "Dòng". A value that starts with = + - @ (or a tab/CR) is prefixed with an apostrophe so a
 * spreadsheet shows it as text and never runs it as a formula (OWASP CSV injection).
 */

const HEADER: Record<Lang, string[]> = {
	vi: ['Dòng', 'Cột', 'Giá trị', 'Lỗi'],
	en: ['Line', 'Column', 'Value', 'Problem']
};

export function neutralizeFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: string | number): string {
	const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
	return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function issuesToCsv(issues: readonly ImportIssue[], lang: Lang = 'vi'): string {
	const lines = [HEADER[lang].join(',')];
	for (const issue of issues) {
		lines.push([issue.line, issue.column, issue.value, issueMessage(issue, lang)].map(cell).join(','));
	}
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}
