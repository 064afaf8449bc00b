import type { Questionnaire } from '$lib/survey/questionnaire';
import type { Contract } from '../contracts/field';
import { fold } from '../rules/fold';
import type { ColumnMapping } from '../validate/plan';
import { autoMap } from './auto-map';
import { itemCodeOf } from './item-header';

/*
 * A survey's columns → its questionnaire's fields. Besides the names autoMap knows (the item's code, label and,
 * for SIPAS 1001, "Câu 9.7"), an item is found by its element's code and its place in the element, the way a
 * form numbers its questions: "II.A.1" is the first item of element II.A (SIPAS 1001: q9_24), "II.E.3" the
 * third of II.E (q9_39), "Câu I.C.2 …" the second of I.C. Last, by the code a header's number gives
 * (item-header.ts): "Câu 3. Thời gian chờ" is item C3 of a questionnaire defined from a file numbered that way,
 * whatever its wording this time.
 */

/** A word offices write before such a number ("Câu II.A.1", "Mục II.A.1"). */
const LEAD = /^(?:cau|muc|tieu chi) /;

/** The code of the item `header` names by element and place, or null. */
export function itemByElementPlace(q: Questionnaire, header: string): string | null {
	const folded = fold(header).replace(LEAD, '');
	// The longest element code first: "I.A" is not read where "I.A.B" is meant.
	const elements = [...q.elements].sort((a, b) => b.code.length - a.code.length);
	for (const element of elements) {
		const code = fold(element.code);
		if (code === '' || !folded.startsWith(`${code} `)) continue;
		// The place, then nothing or words: "II.A.1.2" (a sub-question) names no item.
		const place = /^(\d{1,3})(?: (?!\d)|$)/.exec(folded.slice(code.length + 1));
		if (!place) continue;
		const item = q.items.filter((i) => i.element === element.code)[Number(place[1]) - 1];
		if (item) return item.code;
	}
	return null;
}

/** Columns → fields of `contract` (the survey contract of `q`): by name first, then items by element and place. */
export function autoMapSurvey(
	q: Questionnaire,
	contract: Contract,
	headers: readonly string[]
): ColumnMapping {
	const mapping = autoMap(contract, headers);
	const used = new Set(Object.values(mapping));
	headers.forEach((header, column) => {
		if (used.has(column)) return;
		const code = itemByElementPlace(q, header);
		if (code === null || mapping[code] !== undefined) return;
		mapping[code] = column;
		used.add(column);
	});
	const codes = new Map(q.items.map((i) => [i.code.toUpperCase(), i.code]));
	headers.forEach((header, column) => {
		const code = codes.get(itemCodeOf(header)?.toUpperCase() ?? '');
		if (used.has(column) || code === undefined || mapping[code] !== undefined) return;
		mapping[code] = column;
		used.add(column);
	});
	return mapping;
}

/** How many of `q`'s items `mapping` gives a column. */
export function mappedItems(q: Questionnaire, mapping: ColumnMapping): number {
	return q.items.filter((i) => mapping[i.code] !== undefined).length;
}
