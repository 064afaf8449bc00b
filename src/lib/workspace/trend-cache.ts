import type { Database } from '$lib/db';
import {
	trendImportsSql,
	trendNamesSql,
	trendScoresSql,
	trendSourceSql,
	trendStampSql,
	trendSuccessionsSql,
	type TrendArgs,
	type TrendScoreReadRow,
	type TrendSourceRow,
	type TrendStampRow
} from '$lib/sql/trend-sql';
import { latestRows, oneToOne, type TrendDataRow, type TrendLink } from './trend-compute';

/*
 * What the trends page reads that does not change with its filters — what data exists, unit names, one-to-one
 * successions, which imports are the sample's — kept per database for as long as its imports stay the same;
 * and the scores of the last index, kind and component asked, so choosing units, years or the source reads no
 * scores again. Every filter change asks one statement: the scores with the imports' stamp (trendScoresSql),
 * or the stamp alone when the scores are at hand. An import added or removed changes the stamp, and then
 * everything is read anew; names and successions change only with the registry, which is written at start-up
 * or together with an import.
 */

interface Basis {
	stamp: string;
	sources: TrendSourceRow[];
	names: Map<string, string>;
	successors: Map<string, string>;
	/** The sample's import ids: the scores are read from every import and the chosen source kept in TypeScript. */
	sampleImports: Set<number>;
	last?: { key: string; scores: TrendScoreReadRow[] };
}

const cache = new WeakMap<Database, Basis>();

const stampText = (row: TrendStampRow | undefined) => `${row?.imports ?? 0} ${row?.last_import ?? ''}`;

async function readBasis(db: Database): Promise<Basis> {
	const [stamp] = await db.query<TrendStampRow>(trendStampSql());
	const sources = await db.query<TrendSourceRow>(trendSourceSql());
	const names = await db.query<{ unit_key: string; name: string }>(trendNamesSql());
	const successions = await db.query<TrendLink>(trendSuccessionsSql());
	const imports = await db.query<{ import_id: number; is_sample: boolean }>(trendImportsSql());
	const basis: Basis = {
		stamp: stampText(stamp),
		sources,
		names: new Map(names.map((u) => [u.unit_key, u.name])),
		successors: oneToOne(successions),
		sampleImports: new Set(imports.filter((i) => i.is_sample).map((i) => i.import_id))
	};
	cache.set(db, basis);
	return basis;
}

/**
 * What `choose` makes of what exists, and every year's row of each unit for the arguments it gives (the years
 * asked are applied later, in computeTrend): one statement when the imports have not changed since the last
 * call on this database; on the first call, or after an import, the basis is read first.
 */
export async function trendRead<C extends { args: TrendArgs | null }>(
	db: Database,
	choose: (sources: TrendSourceRow[]) => C
): Promise<{ choices: C; rows: TrendDataRow[] }> {
	const held = cache.get(db);
	const answer = held && (await readOn(db, held, choose, false));
	return answer ?? (await readOn(db, await readBasis(db), choose, true))!;
}

/** The answer on `basis`, or null when the imports' stamp says the basis is out of date. */
async function readOn<C extends { args: TrendArgs | null }>(
	db: Database,
	basis: Basis,
	choose: (sources: TrendSourceRow[]) => C,
	fresh: boolean
): Promise<{ choices: C; rows: TrendDataRow[] } | null> {
	const choices = choose(basis.sources);
	const args = choices.args;
	const key = args && JSON.stringify([args.indexCode, args.unitKind, args.component]);
	let scores = key !== null && basis.last?.key === key ? basis.last.scores : undefined;
	let stamp: string;
	if (key !== null && !scores) {
		const read = await db.query<TrendScoreReadRow>(trendScoresSql(args!));
		stamp = stampText(read.find((r) => r.imports !== null));
		scores = read.filter((r) => r.imports === null);
	} else stamp = fresh ? basis.stamp : stampText((await db.query<TrendStampRow>(trendStampSql()))[0]);
	// A basis just read is used even if an import landed since: the next change reads it again.
	if (!fresh && stamp !== basis.stamp) return null;
	if (key !== null) basis.last = { key, scores: scores! };
	return { choices, rows: args ? latestRows(scores!, basis, args.sample) : [] };
}
