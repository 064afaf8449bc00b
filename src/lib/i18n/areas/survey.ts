/** Messages of the survey pages and components; spread into `vi.ts` and `en.ts`. Keys start with "survey.". */
export const surveyVi = {} as const;

export const surveyEn: Record<keyof typeof surveyVi, string> = {};
