import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const COMMITTED = 'tests/fixtures/import/excel';

test('the committed Excel fixtures are what scripts/make-excel-fixtures.js writes, byte for byte', () => {
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-fixtures-'));
	try {
		const run = spawnSync(process.execPath, ['scripts/make-excel-fixtures.js', out], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		const written = fs.readdirSync(out).sort();
		expect(written).toEqual(fs.readdirSync(COMMITTED).sort());
		for (const name of written) {
			expect(
				fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(COMMITTED, name))),
				name
			).toBe(true);
		}
	} finally {
		fs.rmSync(out, { recursive: true, force: true });
	}
});
