export declare const DEFAULT_SCRIPT_BASE: string;
export declare function escapeHtml(text: string): string;
export declare function scriptUrl(base: string, kind: 'classic' | 'module'): string;
export declare function embedSnippet(config: {
  scriptBase: string;
  scriptKind: 'classic' | 'module';
  widgets: Array<{ tag: string; attributes: Record<string, string | number | boolean | null | undefined>; fallback?: string }>;
  integrity?: string;
  rendered?: string[];
}): string;
export declare function integrityAttributes(integrity: string | undefined): string;
export declare function manifestIntegrity(manifest: { files?: Record<string, { integrity?: string }> } | null | undefined, fileName: string): string | undefined;
export declare function defaultScriptBase(pageUrl: string, manifest: { baseUrl?: string | null } | null | undefined): string;
export type EmbedKind = 'stat-card' | 'region-map' | 'story-list' | 'map-list';
export declare function embedPageUrl(base: string, kind: EmbedKind, attributes: Record<string, string | number | boolean | null | undefined>): string;
export declare function iframeSnippet(config: {
  scriptBase: string;
  kind: EmbedKind;
  attributes: Record<string, string | number | boolean | null | undefined>;
  title: string;
  height: number;
  resizeScript?: boolean;
  resizeIntegrity?: string;
}): string;
export declare function embedSrcWarning(reportUrl: string, scriptBase: string, allowedOrigins: string[], builderUrl?: string): { origin: string; pageOrigin: string } | null;
