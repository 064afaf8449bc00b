import fs from 'node:fs';
import path from 'node:path';

const dataRows = (name: string) =>
	fs.readFileSync(path.resolve('data/sample', name), 'utf8').trimEnd().split('\n').length - 1;

const vi = (n: number) => n.toLocaleString('de-DE'); // thousands dot, as vi-VN prints counts

/** The footer line the app shows once the sample is loaded, computed from the sample files on disk. */
export function sampleSummaryText(): string {
	const scores = dataRows('scores-provinces.csv') + dataRows('scores-local.csv');
	return `Trên máy này: 3 lần nhập, ${vi(scores)} dòng điểm, ${vi(dataRows('survey-responses.csv'))} phiếu khảo sát`;
}
