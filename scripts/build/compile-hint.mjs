// V8's explicit compile hint (Chrome 136+): a script whose first line is this comment has all its functions compiled
// while it loads (on a background thread as it streams in) instead of each on the main thread at its first call.
// Other engines ignore it. rollup.config.mjs has terser write it first in every script-tag file (terser's preamble,
// which the source map accounts for); test/node/compile-hints.test.mjs checks it. Measured: bench/results.md.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
