/** Messages of the charts pages and components; spread into `vi.ts` and `en.ts`. Keys start with "charts.". */
export const chartsVi = {} as const;

export const chartsEn: Record<keyof typeof chartsVi, string> = {};
