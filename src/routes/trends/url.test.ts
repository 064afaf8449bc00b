import { describe, expect, it } from 'vitest';
import { withChoice } from './url';

const base = new URL(
	'http://x/trends/?index=PAR&kind=province&units=gso63:01,gso63:66&from=2019&unit=gso63:01'
);

describe('withChoice', () => {
	it.each([
		{
			key: 'from',
			value: '2020',
			out: '/trends/?index=PAR&kind=province&units=gso63%3A01%2Cgso63%3A66&from=2020&unit=gso63%3A01'
		},
		{
			key: 'units',
			value: 'gso63:01',
			out: '/trends/?index=PAR&kind=province&units=gso63%3A01&from=2019&unit=gso63%3A01'
		},
		{ key: 'index', value: 'PCI', out: '/trends/?index=PCI' },
		{ key: 'kind', value: 'agency', out: '/trends/?index=PAR&kind=agency&from=2019' },
		{
			key: 'unit',
			value: null,
			out: '/trends/?index=PAR&kind=province&units=gso63%3A01%2Cgso63%3A66&from=2019'
		}
	])('$key = $value', ({ key, value, out }) => {
		const url = withChoice(base, key, value);
		expect(`${url.pathname}${url.search}`).toBe(out);
	});
});
