/** How long an element waits for `src` by default, in milliseconds (apart from load.ts, so elements need not bundle the loader). */
export const DEFAULT_TIMEOUT_MS = 10_000;
