import { fold } from '../../rules/fold';
import type { LocalKind } from '../picker';

/*
 * The columns of a province's list of units, found by their header as offices write it ("Tên đơn vị",
 * "Loại", "Mã", "Thuộc huyện", "Từ ngày"), folded so case and diacritics do not matter. Only the name is
 * required: a kind is read from the name when no column gives it ("Sở …", "Huyện …", "Xã …").
 */

export type ListField = 'name' | 'kind' | 'code' | 'parent' | 'from' | 'to';

const HEADERS: Record<ListField, readonly string[]> = {
	name: [
		'ten don vi',
		'ten',
		'don vi',
		'ten co quan',
		'co quan',
		'co quan don vi',
		'ten co quan don vi',
		'unit',
		'name'
	],
	kind: ['loai', 'loai don vi', 'cap', 'cap don vi', 'kind', 'type'],
	code: ['ma', 'ma don vi', 'ma dinh danh', 'ma so', 'code'],
	parent: ['thuoc', 'thuoc huyen', 'huyen', 'don vi cap tren', 'cap tren', 'thuoc don vi', 'parent'],
	from: ['tu ngay', 'hieu luc tu', 'ngay hieu luc', 'co hieu luc tu', 'valid from', 'from'],
	to: ['den ngay', 'het hieu luc', 'hieu luc den', 'ngung tu', 'valid to', 'to']
};

export type ListColumns = Partial<Record<ListField, number>>;

/** The column of each field (the first header that names it); a header names one field at most. */
export function listColumns(headers: readonly string[]): ListColumns {
	const columns: ListColumns = {};
	headers.forEach((header, index) => {
		const folded = fold(header);
		const field = (Object.keys(HEADERS) as ListField[]).find((f) => HEADERS[f].includes(folded));
		if (field && columns[field] === undefined) columns[field] = index;
	});
	return columns;
}

const KIND_WORDS: Record<LocalKind, readonly string[]> = {
	agency: ['so', 'so ban nganh', 'so nganh', 'ban', 'nganh', 'co quan', 'cap so', 'agency'],
	district: [
		'huyen',
		'cap huyen',
		'quan',
		'thi xa',
		'thanh pho',
		'thanh pho thuoc tinh',
		'huyen thi xa thanh pho',
		'quan huyen',
		'district'
	],
	commune: [
		'xa',
		'cap xa',
		'phuong',
		'thi tran',
		'dac khu',
		'xa phuong',
		'xa phuong thi tran',
		'xa phuong dac khu',
		'commune'
	]
};

/** "Sở, ban, ngành" → agency, "Cấp huyện" → district, "Xã/phường" → commune; null for anything else. */
export function readKind(text: string): LocalKind | null {
	const folded = fold(text);
	const kinds = Object.keys(KIND_WORDS) as LocalKind[];
	return kinds.find((k) => KIND_WORDS[k].includes(folded)) ?? null;
}
