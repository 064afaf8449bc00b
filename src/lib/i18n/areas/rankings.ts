/** Messages of the rankings pages and components; spread into `vi.ts` and `en.ts`. Keys start with "rankings.". */
export const rankingsVi = {} as const;

export const rankingsEn: Record<keyof typeof rankingsVi, string> = {};
