// `npm run publications`: writes the publications shipped with the site (data/published/) from the sample
// data, with the app's own rankings query (scripts/shipped-publications.ts). A unit test checks they are current.
import fs from 'node:fs';
import path from 'node:path';
import { withAppModule } from './vite-import.js';

await withAppModule(
	'/scripts/shipped-publications.ts',
	async ({ buildShippedPublications, PUBLISHED_DIR }) => {
		const dir = path.resolve(PUBLISHED_DIR);
		fs.mkdirSync(dir, { recursive: true });
		for (const file of await buildShippedPublications()) {
			fs.writeFileSync(path.join(dir, file.name), file.text);
			console.log(`${PUBLISHED_DIR}/${file.name}: ${(file.text.length / 1024).toFixed(1)} kB`);
		}
	}
);
