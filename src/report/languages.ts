/** The report's languages, apart from schema.ts so that code which needs only this list does not load valibot. */
export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
