// Names of a questionnaire's parts, elements, items and answers, in the reader's language.
import { componentsOf } from '$lib/indices';
import type { Questionnaire } from './questionnaire';

const components = new Map(componentsOf('SIPAS-1001-2023').map((c) => [c.code, c]));
const elements2640 = new Map(componentsOf('SIPAS-2640-2017').map((c) => [c.code, c]));

/** The catalog's name of a part, element or item code; the code itself when unknown. */
export function sipasName(code: string, lang: 'vi' | 'en'): string {
	const c = components.get(code);
	if (!c) return code;
	return lang === 'en' ? c.nameEn : c.nameVi;
}

/**
 * The name of a part, element or item of questionnaire `q` in the reader's language: SIPAS 1001's from the
 * catalog (both languages), an office's own as it wrote them (one language), else the code. A questionnaire made
 * on 2640's elements keeps the catalog's English names for the elements it did not rename.
 */
export function questionnaireName(q: Questionnaire | null, code: string, lang: 'vi' | 'en'): string {
	if (!q || q.source === 'SIPAS-1001-2023') return sipasName(code, lang);
	const named = [...q.items, ...q.elements, ...q.parts].find((x) => x.code === code);
	const catalog = q.source === 'SIPAS-2640-2017' ? elements2640.get(code) : undefined;
	if (catalog && (!named || named.labelVi === catalog.nameVi))
		return lang === 'en' ? catalog.nameEn : catalog.nameVi;
	return named?.labelVi ?? code;
}

/** The questionnaire's own name in the reader's language (an office's own: as it wrote it). */
export function questionnaireTitle(q: Questionnaire, lang: 'vi' | 'en'): string {
	return lang === 'en' ? (q.nameEn ?? q.nameVi) : q.nameVi;
}

/** The answers of `q`'s scale from lowest to highest, by their labels where it has them. */
export function scaleAnswers(q: Questionnaire | null): { value: number; labelVi: string | null }[] {
	const scale = q?.scale ?? { min: 1, max: 5, labelsVi: {} };
	return Array.from({ length: scale.max - scale.min + 1 }, (_, k) => {
		const value = scale.min + k;
		return { value, labelVi: scale.labelsVi[String(value)] ?? null };
	});
}
