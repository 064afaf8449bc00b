import fs from 'node:fs';
import { it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import { createRegistry } from '$lib/units';
import { prepareText } from '$lib/import/load/prepare';
import { checkPrepared, discardCheck } from '$lib/import/load/check';
import { autoMap } from '$lib/import/mapping/auto-map';
import { SURVEY_CONTRACT } from '$lib/import/contracts/survey';
import { makePlan } from '$lib/import/validate/plan';
import { makeUnitResolver } from '$lib/import/units/resolve';
it('x', async () => {
	const bytes = new Uint8Array(fs.readFileSync('tests/fixtures/import/survey-2000-columns.csv'));
	let t = performance.now();
	const lap = (what: string) => { const n = performance.now(); console.log(what, Math.round(n - t)); t = n; };
	const p = await prepareText('w.csv', bytes);
	lap('prepare');
	if (!p.ok) throw new Error();
	const plan = makePlan(SURVEY_CONTRACT, p.file.headers, autoMap(SURVEY_CONTRACT, p.file.headers), p.file.formats);
	const db = await createNodeDatabase();
	const origExec = db.exec.bind(db);
	const origQuery = db.query.bind(db);
	(db as any).exec = async (sql: string) => { const s = performance.now(); const r = await origExec(sql); const d = performance.now() - s; if (d > 200) console.log('exec', Math.round(d), sql.length, sql.slice(0, 120).replace(/\s+/g, ' ')); return r; };
	(db as any).query = async (sql: string, params?: unknown[]) => { const s = performance.now(); const r = await origQuery(sql, params as any); const d = performance.now() - s; if (d > 200) console.log('query', Math.round(d), sql.length, sql.slice(0, 120).replace(/\s+/g, ' ')); return r; };
	lap('db');
	const resolve = makeUnitResolver(createRegistry());
	for (const o of [{ jsLimitBytes: 1 << 30 }, { jsLimitBytes: 0, restJsLimitBytes: 1 << 30 }, { jsLimitBytes: 0, restJsLimitBytes: 0 }]) {
		const out = await checkPrepared(db, p.file, plan, resolve, o);
		lap(JSON.stringify(o) + ' ' + out.rowsValid + ' fast ' + out.rowsFast);
		await discardCheck(db, out.tables);
		lap('discard');
	}
	await db.close();
}, 120000);
