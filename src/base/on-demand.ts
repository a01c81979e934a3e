/**
 * Code or data loaded on first use (the report checks, the bundled report, a card's series code): one load
 * shared by every element, its value available synchronously once it is here, and a failed load tried again
 * the next time (e.g. back online). The `import()` stays in the module that calls this, where the build points
 * it at a file beside the script-tag bundles (scripts/rollup-on-demand.mjs).
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
