import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChartFrame from './ChartFrame.svelte';

const children = createRawSnippet(() => ({ render: () => '<svg viewBox="0 0 10 10"></svg>' }));

describe('ChartFrame', () => {
	const table = { columns: ['Đơn vị', 'Điểm'], rows: [['Hà Nội', '88,10']] };

	it('renders title, description, legend, source, the sample label and the buttons on the server', () => {
		const { body } = render(ChartFrame, {
			props: {
				title: 'Chỉ số CCHC 2024',
				description: 'Biểu đồ thanh ngang',
				source: 'Nguồn: Bộ Nội vụ',
				sample: true,
				legend: [{ label: 'A', color: '#0072B2' }],
				table,
				children
			}
		});
		expect(body).toMatch(/<h2 id="([^"]+)-title" class="title[^"]*">Chỉ số CCHC 2024(<!---->)?<\/h2>/);
		expect(body).toContain('Biểu đồ thanh ngang</p>');
		expect(body).toContain('Dữ liệu mẫu');
		expect(body).toContain('Nguồn: Bộ Nội vụ');
		expect(body).toContain('<svg viewBox="0 0 10 10"></svg>');
		for (const label of ['Bảng số liệu', 'Tải SVG', 'Tải PNG']) expect(body).toContain(`>${label}</button>`);
		expect(body).not.toContain('<table'); // the table shows on demand
	});

	it('has no sample label and no table button when not asked', () => {
		const { body } = render(ChartFrame, { props: { title: 'T', children } });
		expect(body).not.toContain('Dữ liệu mẫu');
		expect(body).not.toContain('Bảng số liệu');
	});
});
