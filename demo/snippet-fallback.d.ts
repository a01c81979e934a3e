type Attributes = Record<string, string | number | boolean | null | undefined>;
export declare const FALLBACK_TITLES: number;
export declare function fallbackLanguage(lang: string | null | undefined): 'zh-Hans' | 'zh-Hant' | 'en';
export declare function cardFallback(report: unknown, attributes: Attributes, lang?: string): string;
export declare function mapFallback(report: unknown, attributes: Attributes, lang?: string): string;
export declare function listFallback(report: unknown, attributes: Attributes, lang?: string): string;
