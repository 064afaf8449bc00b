/** Messages of the trends pages and components; spread into `vi.ts` and `en.ts`. Keys start with "trends.". */
export const trendsVi = {} as const;

export const trendsEn: Record<keyof typeof trendsVi, string> = {};
