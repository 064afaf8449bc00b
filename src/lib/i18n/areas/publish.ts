/** Messages of the publish pages and components; spread into `vi.ts` and `en.ts`. Keys start with "publish.". */
export const publishVi = {} as const;

export const publishEn: Record<keyof typeof publishVi, string> = {};
