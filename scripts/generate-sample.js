// `npm run sample`: writes the sample data set to data/sample/ from the seeded generator in
// src/lib/sample/generate. Same seed, same bytes; a unit test checks the committed files are up to date.
import fs from 'node:fs';
import path from 'node:path';
import { withAppModule } from './vite-import.js';

const out = path.resolve('data/sample');
await withAppModule('/src/lib/sample/generate/index.ts', async ({ generateSample }) => {
	fs.mkdirSync(out, { recursive: true });
	for (const file of generateSample()) {
		fs.writeFileSync(path.join(out, file.name), file.text);
		console.log(
			`${file.name}: ${file.text.split('\n').length - 2} rows, ${(file.text.length / 1e6).toFixed(1)} MB`
		);
	}
});
