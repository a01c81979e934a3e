export declare const MIN_WIDTH: number;
export declare const MAX_WIDTH: number;
export declare const NAMED_WIDTHS: number[];
export declare const FALLBACK_HEIGHTS: Record<"stat-card" | "region-map" | "story-list" | "map-list", number>;
export declare function refineWidths(samples: Array<[number, number]>): number[];
export declare function snippetHeight(tallest: number): number;
export declare function scanWidths(): number[];
export declare function measureFrame(frame: HTMLIFrameElement, options?: { timeoutMs?: number; isCurrent?: () => boolean }): Promise<{ heights: Map<number, number>; tallest: number; at: number }>;
