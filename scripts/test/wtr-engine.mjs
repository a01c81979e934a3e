// @web/test-runner commands that work the same way in the three engines, or
// say plainly that an engine's driver cannot do a thing (the test then skips
// that step with the reason, in that engine only). Tests call them through
// test/support/engine.ts.
// - `sw-engine`: which engine runs the page (chromium, firefox, webkit).
// - `sw-emulate-media`: prefers-color-scheme, prefers-reduced-motion, forced-colors.
//   Chromium: CDP Emulation. Firefox over WebDriver BiDi and WebKitWebDriver have no
//   such command: answers false.
// - `sw-viewport`: the layout viewport's size. Puppeteer (Chromium, Firefox) sets it
//   directly; WebKitWebDriver sizes the window, corrected by the browser's own frame.
// - `sw-keys`: a chord such as ['Shift', 'Tab'] (modifiers held while the last key is pressed);
//   key names are the KeyboardEvent.key values (' ' for the space bar, which every driver knows).
// - `sw-ax-query`: how many nodes of the accessibility tree under an element's
//   shadow root (or the element) have a role and name: CDP Accessibility.queryAXTree in
//   Chromium, BiDi browsingContext.locateNodes (accessibility locator) in Firefox, both
//   through puppeteer's `::-p-aria()` selector. WebKitWebDriver has none: answers false.
// - `sw-ax-text`: the texts of the accessibility tree under an element (Chromium's snapshot); false elsewhere.
// The two accessibility commands answer in turns (scripts/test/wtr-turns.mjs).

import { startInTurns } from './wtr-turns.mjs';

/** @returns {'chromium' | 'firefox' | 'webkit'} */
export function engineOf(launcher) {
  if (launcher.type === 'webdriver') return 'webkit';
  return launcher.launchOptions?.browser === 'firefox' ? 'firefox' : 'chromium';
}

const FEATURES = {
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
  forcedColors: 'forced-colors',
};

/** How many nodes under the element's shadow root have each role and name: puppeteer's `::-p-aria()` selector. */
async function axQuery(page, { selector, queries }) {
  const root = await page.evaluateHandle((selector) => {
    const host = document.querySelector(selector);
    return host?.shadowRoot ?? host;
  }, selector);
  try {
    const counts = [];
    for (const { role, name } of queries) {
      const attributes = `${name === undefined ? '' : `[name=${JSON.stringify(name)}]`}${role === undefined ? '' : `[role=${JSON.stringify(role)}]`}`;
      counts.push((await root.$$(`::-p-aria(${attributes})`)).length);
    }
    return counts;
  } finally {
    await root.dispose().catch(() => {});
  }
}

/** The text a screen reader reads under an element (Chromium's full accessibility snapshot; BiDi has none). */
async function axText(page, { selector }) {
  const host = await page.$(selector);
  try {
    const snapshot = await page.accessibility.snapshot({ root: host, interestingOnly: true });
    const texts = [];
    const walk = (node) => {
      if (node.role === 'StaticText' && node.name?.trim()) texts.push(node.name.trim());
      for (const child of node.children ?? []) walk(child);
    };
    if (snapshot) walk(snapshot);
    return texts;
  } finally {
    await host?.dispose();
  }
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function enginePlugin() {
  const cdpSessions = new WeakMap();
  const emulated = new Map();
  return {
    name: 'sw-engine',
    async executeCommand({ command, payload, session }) {
      const launcher = session.browser;
      const engine = engineOf(launcher);
      if (command === 'sw-engine') return engine;
      if (command === 'sw-emulate-media') {
        if (engine !== 'chromium') return false;
        // CDP directly: puppeteer's emulateMediaFeatures does not know forced-colors.
        const page = launcher.getPage(session.id);
        let cdp = cdpSessions.get(page);
        // page.target().createCDPSession(): the older puppeteer-core of Chromium 92 and 108 has no page.createCDPSession().
        if (!cdp)
          cdpSessions.set(
            page,
            (cdp = await (page.createCDPSession ? page.createCDPSession() : page.target().createCDPSession())),
          );
        for (const [key, name] of Object.entries(FEATURES)) if (key in payload) emulated.set(name, payload[key] ?? '');
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [...emulated].map(([name, value]) => ({ name, value })),
        });
        return true;
      }
      if (command === 'sw-viewport') {
        const { width, height } = payload;
        if (engine !== 'webkit') {
          await launcher.getPage(session.id).setViewport({ width, height });
          return true;
        }
        const driver = launcher.driver;
        // The window includes the browser's frame: size it, measure the viewport, correct once.
        await driver.setWindowSize(width, height);
        const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
        if (inner[0] !== width || inner[1] !== height) {
          const size = await driver.getWindowSize();
          await driver.setWindowSize(size.width + width - inner[0], size.height + height - inner[1]);
        }
        return true;
      }
      if (command === 'sw-keys') {
        const { keys } = payload;
        if (engine === 'webkit') {
          await launcher.driver.keys(keys);
          return true;
        }
        const { keyboard } = launcher.getPage(session.id);
        for (const key of keys.slice(0, -1)) await keyboard.down(key);
        await keyboard.press(keys.at(-1));
        for (const key of keys.slice(0, -1).reverse()) await keyboard.up(key);
        return true;
      }
      // Answered in turns (scripts/test/wtr-turns.mjs): an accessibility tree on a loaded machine can take longer to read
      // than the runner lets a command take. `false`, not null, where the engine cannot: null counts as unknown.
      if (command === 'sw-ax-query')
        return startInTurns(
          engine === 'webkit' ? Promise.resolve(false) : axQuery(launcher.getPage(session.id), payload),
        );
      if (command === 'sw-ax-text')
        return startInTurns(
          engine !== 'chromium' ? Promise.resolve(false) : axText(launcher.getPage(session.id), payload),
        );
      return undefined;
    },
  };
}
