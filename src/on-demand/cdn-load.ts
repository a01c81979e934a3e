/**
 * How the script-tag bundles (cdn/) load a file beside themselves, checked against its hash: the build points every
 * on-demand `import()` of the sources here, with the file's name and sha256 hash (scripts/build/rollup-on-demand.mjs);
 * npm builds never use this module.
 *
 * A module is loaded first by a `<script type="module" integrity>`: the browser runs it only if its content
 * matches, and `import()` of the same URL afterwards returns that instance (modules are kept by URL) instead of
 * fetching it again: so it works under a strict CSP (`script-src 'self'`, no blob:, no eval) and in every engine
 * with module scripts. After a failed check nothing imports the URL: WebKit would fetch and run it unchecked
 * (test/integrity.test.ts). The files have no imports of their own, which would be fetched unchecked.
 */
import type { LoadFailure } from './on-demand.js';

/** The running bundle's URL (in the classic bundles, Rollup makes it the script's `src`, read when it runs). */
const base = import.meta.url;

/** The URL of a file beside the running bundle. */
export const cdnUrl = (file: string): URL => new URL(file, base);

/**
 * A failed load of `url`: `tampered` when the file is there (a plain request answers; its body is never used) but
 * the browser refused it, i.e. its content did not match the hash; else the network or the host.
 */
const loadFailure = (url: string): Promise<never> =>
  fetch(url)
    .then(
      (response) => response.ok,
      () => false,
    )
    .then((tampered) => {
      throw { url, tampered } satisfies LoadFailure;
    });

/** Imports `file` from beside the running bundle once the browser has checked its content against `integrity`. */
export function importChecked(file: string, integrity: string): Promise<unknown> {
  const url = cdnUrl(file).href;
  let script: HTMLScriptElement;
  // Made inside the promise: a page that refuses it (Trusted Types) gets a rejection, never an exception.
  return new Promise<Event>((settled) => {
    script = Object.assign(document.createElement('script'), { type: 'module', integrity, src: url });
    script.onload = script.onerror = settled as (event: unknown) => void;
    document.head.append(script);
  }).then((event) => {
    script.remove();
    return event.type == 'load' ? import(/* @vite-ignore */ url) : loadFailure(url);
  });
}
