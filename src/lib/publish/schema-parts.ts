import { z } from 'zod';

/* The pieces every kind of publication shares (schema.ts puts them together). */

export const PUBLICATION_FORMAT = 'chiso-publication';
export const PUBLICATION_VERSION = 1;

/** Text in both interface languages; English may be missing (the Vietnamese one is then shown). */
export const Bilingual = z.object({ vi: z.string().min(1), en: z.string().nullable() });

/** A publication's id: lower-case ASCII, digits and dashes, so it is a safe URL segment and file name. */
export const PublicationId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
	.max(80);

export const IsoDateTime = z.iso.datetime({ offset: true });

export const SourceFile = z.object({
	file_name: z.string(),
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	imported_at: IsoDateTime
});

/** The index (or survey) the numbers belong to; no publisher for sample data or an office's own survey. */
export const IndexRef = z.object({
	code: z.string().min(1),
	name: Bilingual,
	publisher: Bilingual.nullable()
});

/** A component (lĩnh vực, chỉ số thành phần…) instead of the index total; null for the total. */
export const ComponentRef = z.object({ code: z.string(), name: Bilingual }).nullable();

/** Every publication's head, before its kind's own fields. */
export const headFields = {
	format: z.literal(PUBLICATION_FORMAT),
	version: z.literal(PUBLICATION_VERSION),
	id: PublicationId
};

export type Bilingual = z.infer<typeof Bilingual>;
export type SourceFile = z.infer<typeof SourceFile>;
