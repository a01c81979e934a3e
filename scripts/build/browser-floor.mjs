// The oldest engines sw-widgets supports (README "Browsers", docs/testing.md): Chromium 80 (Chrome, Edge and the
// Chromium-based in-app and domestic browsers), Safari and iOS 14, Firefox 78 ESR. Every script that ships (cdn/, dist/)
// is written in ES2020, the syntax all three parse: the builds lower class fields, static blocks, private members
// and logical assignment to it (test/node/engines.test.mjs parses every file and audits the APIs they call).
export const ES_TARGET = 'es2020';
/** The same floor for esbuild's engine targets (CSS and JS features it may lower or must leave). */
export const ENGINE_TARGETS = ['chrome80', 'edge80', 'safari14', 'ios14', 'firefox78'];
/** The floor by browser-compat-data's browser names (scripts/test/engine-audit.mjs). */
export const FLOOR = { chrome: 80, edge: 80, safari: 14, safari_ios: 14, firefox: 78 };
