import { describe, expect, it } from 'vitest';
import { detectDelimiter, separatorHint } from './delimiter';

describe('detectDelimiter', () => {
	it.each([
		['commas', 'STT,Tỉnh,Điểm\n1,Hà Nội,85.3\n2,Huế,80.1\n3,Cà Mau,79\n', ',', 3],
		[
			'semicolons with decimal commas (a comma split would also give 3 fields on the data rows)',
			'STT;Tỉnh;Điểm\n1;Hà Nội;85,3\n2;Huế;80,1\n3;Cà Mau;79,5\n',
			';',
			3
		],
		['semicolons, decimal commas on every row and no header', 'A;1,5;2,5\nB;3,5;4,5\nC;5,5;6,5\n', ';', 3],
		['tabs (Excel "Unicode Text")', 'STT\tTỉnh\tĐiểm\r\n1\tHà Nội\t85,3\r\n2\tHuế\t80,1\r\n', '\t', 3],
		['bars', 'STT|Tỉnh|Điểm\n1|Hà Nội|85.3\n2|Huế|80.1\n3|Cà Mau|79\n', '|', 3],
		[
			'quoted cells holding commas and line breaks',
			'STT;Đơn vị;Ghi chú\n1;"Sở Văn hóa, Thể thao";"a, b\nc, d"\n2;Sở Y tế;"x, y"\n3;Sở Nội vụ;\n',
			';',
			3
		],
		[
			'title rows above the table (one cell each) do not count',
			'UBND TỈNH QUẢNG NINH\nBẢNG TỔNG HỢP\n\nSTT;Đơn vị;Điểm\n1;Sở Nội vụ;85,3\n2;Sở Y tế;80,1\n3;Sở Tư pháp;79\n',
			';',
			3
		],
		[
			'commas inside unquoted text on some rows',
			'STT,Địa chỉ,Điểm\n1,Hà Nội,85\n2,Phường 1, Quận 3,80\n3,Huế,79\n4,Cà Mau,77\n5,Vinh,70\n',
			',',
			3
		],
		['CR line endings', 'a;b;c\r1;2;3\r4;5;6\r', ';', 3]
	])('%s → %j', (_, text, delimiter, fieldCount) => {
		const guess = detectDelimiter(text);
		expect(guess.delimiter).toBe(delimiter);
		expect(guess.fieldCount).toBe(fieldCount);
	});

	it('is sure of a clean table and says so in Vietnamese', () => {
		const guess = detectDelimiter('a;b;c\n1;2;3\n4;5;6\n7;8;9\n');
		expect(guess).toMatchObject({
			confidence: 'high',
			consistency: 1,
			fromHint: false,
			message: 'Dấu phân cách cột: dấu chấm phẩy (;).'
		});
	});

	it('follows an Excel "sep=" first line', () => {
		const guess = detectDelimiter('sep=|\na|b,c\n1|2,3\n');
		expect(guess).toMatchObject({ delimiter: '|', fromHint: true, confidence: 'high' });
		expect(guess.message).toBe('Dấu phân cách cột: dấu gạch đứng (|) (theo dòng “sep=” đầu tệp).');
	});

	it('falls back to comma, unsure, for a single column', () => {
		const guess = detectDelimiter('Tỉnh\nHà Nội\nHuế\n');
		expect(guess).toMatchObject({ delimiter: ',', confidence: 'low', fieldCount: 1 });
		expect(guess.message).toBe('Không tìm thấy dấu phân cách cột: tệp có vẻ chỉ có một cột.');
	});

	it('is less sure when field counts vary', () => {
		const guess = detectDelimiter('a,b,c\n1,2\n3,4,5,6\n7,8,9\n1,2\n');
		expect(guess.confidence).not.toBe('high');
		expect(guess.message).toMatch(/chiso không chắc chắn/);
	});
});

describe('separatorHint', () => {
	it.each([
		['sep=;\r\na;b', ';'],
		['\uFEFFsep=,\na,b', ','],
		['SEP=\t\na\tb', '\t'],
		['sep=x\na', null],
		['a;b\nsep=;', null]
	])('separatorHint(%j) = %j', (text, expected) => {
		expect(separatorHint(text)).toBe(expected);
	});
});
