/*
 * The Excel library must stay out of the app's main bundle: only workbook.ts imports it, and index.ts
 * reaches workbook.ts through a dynamic import() alone. Checked on the source, following static imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const DIR = path.dirname(new URL(import.meta.url).pathname);
const LIBRARY = 'read-excel-file';

const source = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8');
const modules = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/** Specifiers of the static, value-level imports and re-exports of a module (`import type` is erased). */
function staticImports(code: string): string[] {
	const specifiers: string[] = [];
	const statement =
		/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
	for (const m of code.matchAll(statement)) {
		if (m[5]) specifiers.push(m[5]);
		else if (!m[2]) specifiers.push(m[4]!);
	}
	return specifiers;
}

/** Every module reached from `entry` by static imports, and the packages they import. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		for (const spec of staticImports(source(file))) {
			if (spec.startsWith('./')) visit(`${spec.slice(2)}.ts`);
			else packages.add(spec);
		}
	};
	visit(entry);
	return { files, packages };
}

describe('lazy loading of read-excel-file', () => {
	test('the static graph of index.ts never reaches the library', () => {
		const { files, packages } = staticGraph('index.ts');
		expect(files.has('workbook.ts')).toBe(false);
		expect([...packages].filter((p) => p.startsWith(LIBRARY) || p === 'saxen')).toEqual([]);
	});

	test('index.ts loads workbook.ts with a dynamic import()', () => {
		expect(source('index.ts')).toMatch(/import\(\s*['"]\.\/workbook['"]\s*\)/);
	});

	test('workbook.ts is the only module that imports the library, and imports its browser entry', () => {
		const importers = modules.filter((f) => staticImports(source(f)).some((s) => s.startsWith(LIBRARY)));
		expect(importers).toEqual(['workbook.ts']);
		expect(staticImports(source('workbook.ts'))).toContain(`${LIBRARY}/browser`);
	});

	test('the import parser sees through formatting and ignores type-only imports', () => {
		expect(
			staticImports(`import a from 'x';\nimport type { B } from 'y';\nexport { c } from './z';\nimport 'w';`)
		).toEqual(['x', './z', 'w']);
		expect(staticImports(`import {\n\ta,\n\tb\n} from 'multi-line';`)).toEqual(['multi-line']);
	});
});
