import { provinceRankingSql, type RankingRow } from '$lib/sql/ranking-sql';
import { openWorkspace } from './open';

/* The questions pages ask, each one SQL builder run on the workspace database. */

export async function provinceRanking(indexCode: string, year: number | null): Promise<RankingRow[]> {
	const db = await openWorkspace();
	const { sql, params } = provinceRankingSql({ indexCode, year });
	return db.query<RankingRow>(sql, params);
}
