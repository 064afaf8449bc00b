/** Messages of the unit profile; spread into `vi.ts` and `en.ts`. Keys start with "units.". */
export const unitsVi = {
	'units.title': 'Hồ sơ đơn vị',
	'units.pick': 'Chọn một đơn vị trong bảng xếp hạng để xem hồ sơ của đơn vị đó.',
	'units.empty': 'Chưa có điểm chỉ số nào của đơn vị này.',
	'units.validTo': 'đến {date}',
	'units.rankOf': 'hạng {rank}/{of}',
	'units.versusAvg': 'Trung bình: {avg} (chênh lệch {diff})',
	'units.trend': 'Diễn biến {index} qua các năm',
	'units.value': 'Điểm',
	'units.avg': 'Trung bình',
	'units.best': 'Cao nhất',
	'units.mergedFrom': 'Sáp nhập ngày {date} từ:',
	'units.mergedEarlier': 'Các năm trước đó là số liệu của từng tỉnh cũ: xem hồ sơ của từng tỉnh.',
	'units.mergedInto': 'Từ ngày {date} sáp nhập vào:',
	'units.sameBefore': 'Trước ngày {date}:',
	'units.sameTerritory': '(cùng địa giới)',
	'units.sameAfter': 'Từ ngày {date}:',
	'units.joined': 'Năm {years}: số liệu của {name} (cùng địa giới).'
} as const;

export const unitsEn: Record<keyof typeof unitsVi, string> = {
	'units.title': 'Unit profile',
	'units.pick': 'Pick a unit in a ranking to see its profile.',
	'units.empty': 'No index scores for this unit yet.',
	'units.validTo': 'until {date}',
	'units.rankOf': 'rank {rank}/{of}',
	'units.versusAvg': 'Average: {avg} (difference {diff})',
	'units.trend': '{index} over the years',
	'units.value': 'Score',
	'units.avg': 'Average',
	'units.best': 'Best',
	'units.mergedFrom': 'Merged on {date} from:',
	'units.mergedEarlier': 'Earlier years are the former provinces’ own figures: see each one’s profile.',
	'units.mergedInto': 'Merged on {date} into:',
	'units.sameBefore': 'Before {date}:',
	'units.sameTerritory': '(the same territory)',
	'units.sameAfter': 'From {date}:',
	'units.joined': '{years}: figures of {name} (the same territory).'
};
