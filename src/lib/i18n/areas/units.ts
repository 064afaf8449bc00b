/** Messages of the units pages and components; spread into `vi.ts` and `en.ts`. Keys start with "units.". */
export const unitsVi = {} as const;

export const unitsEn: Record<keyof typeof unitsVi, string> = {};
