import type { Queryable } from '$lib/db';
import {
	rankingInputSql,
	successionsSql,
	type RankingArgs,
	type RankingInputRow,
	type RankingRow,
	type Succession
} from '$lib/sql/ranking-sql';
import { computeRanking } from './ranking-compute';

/*
 * The crosswalk, read once per database: only the registry writes it, when the workspace opens (setUpTables),
 * so a page's many rankings need not ask again.
 */
const crosswalks = new WeakMap<Queryable, Promise<Succession[]>>();

/** The crosswalk of `db`, read once (the rankings, the unit profile). */
export function crosswalk(db: Queryable): Promise<Succession[]> {
	let read = crosswalks.get(db);
	if (!read) {
		read = db.query<Succession>(successionsSql());
		crosswalks.set(db, read);
		read.catch(() => crosswalks.delete(db));
	}
	return read;
}

/** A ranking on `db`: the index's rows and the crosswalk, ranked by `computeRanking`. */
export async function runRanking(db: Queryable, args: RankingArgs): Promise<RankingRow[]> {
	const [input, successions] = await Promise.all([
		db.query<RankingInputRow>(rankingInputSql(args)),
		crosswalk(db)
	]);
	return computeRanking(input, successions, args);
}
