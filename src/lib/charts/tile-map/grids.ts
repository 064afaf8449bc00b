/*
 * Tile grids of Viet Nam, designed for chiso: one square per province, placed so the grid reads as the
 * map (the wide north, the narrow central coast with the Central Highlands beside it, the Mekong delta
 * spreading south-west). [code, column, row, short label]. Keys are the registry's (`gso63:NN`, `qd19:NN`).
 * Short labels are initials, with a third letter where two provinces would share them.
 */

export type TileSystem = 'gso63' | 'qd19';
export type Tile = readonly [code: string, col: number, row: number, short: string];

// prettier-ignore
const GSO63: readonly Tile[] = [
	['12', 2, 0, 'LCH'], ['10', 3, 0, 'LCA'], ['02', 4, 0, 'HGI'], ['04', 5, 0, 'CB'],
	['11', 2, 1, 'ĐB'], ['15', 3, 1, 'YB'], ['08', 4, 1, 'TQ'], ['06', 5, 1, 'BK'], ['20', 6, 1, 'LS'],
	['14', 2, 2, 'SL'], ['25', 3, 2, 'PT'], ['26', 4, 2, 'VP'], ['19', 5, 2, 'TNG'], ['24', 6, 2, 'BG'], ['22', 7, 2, 'QNI'],
	['17', 3, 3, 'HB'], ['01', 4, 3, 'HNI'], ['27', 5, 3, 'BN'], ['30', 6, 3, 'HD'], ['31', 7, 3, 'HP'],
	['35', 4, 4, 'HNA'], ['33', 5, 4, 'HY'], ['34', 6, 4, 'TB'],
	['38', 3, 5, 'TH'], ['37', 4, 5, 'NB'], ['36', 5, 5, 'NĐ'],
	['40', 3, 6, 'NA'],
	['42', 4, 7, 'HT'],
	['44', 4, 8, 'QB'],
	['45', 4, 9, 'QT'],
	['46', 5, 10, 'Huế'],
	['49', 5, 11, 'QNA'], ['48', 6, 11, 'ĐNG'],
	['62', 5, 12, 'KT'], ['51', 6, 12, 'QNG'],
	['64', 5, 13, 'GL'], ['52', 6, 13, 'BĐI'],
	['66', 5, 14, 'ĐL'], ['54', 6, 14, 'PY'],
	['70', 3, 15, 'BP'], ['67', 4, 15, 'ĐKN'], ['68', 5, 15, 'LĐ'], ['56', 6, 15, 'KH'],
	['72', 2, 16, 'TNI'], ['74', 3, 16, 'BDU'], ['75', 4, 16, 'ĐNI'], ['60', 5, 16, 'BTH'], ['58', 6, 16, 'NT'],
	['89', 0, 17, 'AG'], ['87', 1, 17, 'ĐT'], ['80', 2, 17, 'LA'], ['79', 3, 17, 'HCM'], ['77', 4, 17, 'VT'],
	['91', 0, 18, 'KG'], ['92', 1, 18, 'CT'], ['86', 2, 18, 'VL'], ['82', 3, 18, 'TG'],
	['93', 1, 19, 'HAG'], ['84', 2, 19, 'TV'], ['83', 3, 19, 'BTR'],
	['96', 0, 20, 'CM'], ['95', 1, 20, 'BL'], ['94', 2, 20, 'ST'],
];

// prettier-ignore
const QD19: readonly Tile[] = [
	['12', 1, 0, 'LCH'], ['15', 2, 0, 'LCA'], ['08', 3, 0, 'TQ'], ['04', 4, 0, 'CB'],
	['11', 1, 1, 'ĐB'], ['25', 2, 1, 'PT'], ['19', 3, 1, 'TNG'], ['20', 4, 1, 'LS'],
	['14', 1, 2, 'SL'], ['01', 2, 2, 'HN'], ['24', 3, 2, 'BN'], ['22', 4, 2, 'QN'],
	['37', 2, 3, 'NB'], ['33', 3, 3, 'HY'], ['31', 4, 3, 'HP'],
	['38', 2, 4, 'TH'],
	['40', 2, 5, 'NA'],
	['42', 3, 6, 'HT'],
	['44', 3, 7, 'QT'],
	['46', 4, 8, 'Huế'],
	['48', 4, 9, 'ĐNG'],
	['51', 4, 10, 'QNG'],
	['52', 4, 11, 'GL'],
	['66', 4, 12, 'ĐL'],
	['68', 3, 13, 'LĐ'], ['56', 4, 13, 'KH'],
	['80', 1, 14, 'TNI'], ['79', 2, 14, 'HCM'], ['75', 3, 14, 'ĐNI'],
	['91', 0, 15, 'AG'], ['82', 1, 15, 'ĐT'],
	['92', 1, 16, 'CT'], ['86', 2, 16, 'VL'],
	['96', 0, 17, 'CM'],
];

export const GRIDS: Record<TileSystem, readonly Tile[]> = { gso63: GSO63, qd19: QD19 };
