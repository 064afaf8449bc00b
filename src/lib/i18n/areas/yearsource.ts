/**
 * Where the import reads each row's year when no column gives it; spread into `vi.ts` and `en.ts`. Keys start
 * with "yearsource.".
 */
export const yearsourceVi = {
	'yearsource.fromDate':
		'Năm khảo sát của mỗi dòng lấy theo năm của ngày ở cột “{column}” (tệp không có cột năm): phiếu ngày 31/12/2024 tính vào năm 2024, phiếu ngày 02/01/2025 vào năm 2025.',
	'yearsource.typeInstead': 'Nhập một năm cho cả tệp',
	'yearsource.option': '— theo năm của ngày khảo sát —'
} as const;

export const yearsourceEn: Record<keyof typeof yearsourceVi, string> = {
	'yearsource.fromDate':
		'Each row’s survey year is the year of its date in column “{column}” (the file has no year column): a form dated 31/12/2024 counts for 2024, one dated 02/01/2025 for 2025.',
	'yearsource.typeInstead': 'Type one year for the whole file',
	'yearsource.option': '— the year of the survey date —'
};
