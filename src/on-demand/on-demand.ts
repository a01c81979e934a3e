/**
 * Code or data loaded on first use (the report checks, the bundled report, a card's series, the export code, the
 * geographic map and its geometry, the choropleth, hydration): one load shared by every element, its value
 * available synchronously once it is here, and a failed load tried again the next time (e.g. back online).
 *
 * The `import()` stays in the module that calls this: npm builds keep it as it is (the reader's bundler splits it
 * off); the script-tag bundles load the file beside themselves instead, checked against its hash
 * (scripts/build/rollup-on-demand.mjs has the table of these files, src/on-demand/cdn-load.ts the loader).
 */
export interface OnDemand<T> {
  /** The value once loaded, else undefined. */
  readonly value: T | undefined;
  /** Loads it once (again after a failure). */
  load(): Promise<T>;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  const state: { value: T | undefined; load(): Promise<T> } = {
    value: undefined,
    load: () =>
      (loading ??= importer().then(
        (value) => (state.value = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return state;
}

/** A data file of the package: where it is, and in the script-tag bundles the hash its content must match. */
export interface CheckedFile {
  url: string;
  /** For `fetch(url, { integrity })`; undefined in npm builds, where the reader's bundler serves the file. */
  integrity?: string;
}

/**
 * A data file named by `new URL('<path in the package>', import.meta.url)` (bundlers that understand that form copy
 * the file). The script-tag bundles name the copy beside themselves and add its hash (scripts/build/rollup-on-demand.mjs).
 */
export const checkedFile = (url: URL, integrity?: string): CheckedFile => ({ url: url.href, integrity });

/**
 * How a file loaded on demand by the script-tag bundles failed (src/on-demand/cdn-load.ts): its URL, and `tampered`
 * when it answered but its content did not match its hash (so nothing in it ran or was shown).
 */
export interface LoadFailure {
  url: string;
  tampered: boolean;
}
