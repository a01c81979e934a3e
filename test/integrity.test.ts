import { expect } from '@open-wc/testing';
import { until } from './support/wait.js';
import { importChecked } from '../src/on-demand/cdn-load.js';

// Issue 24: every file the script-tag bundles load after the first script is checked against a hash the first
// script carries (src/on-demand/cdn-load.ts, scripts/build/rollup-on-demand.mjs). Real built files (npm test builds first),
// served by the test server (scripts/test/wtr-integrity.mjs) as built or with one file changed on the served copy, in
// partner pages under the strict policy (`script-src 'self'`, no inline script or style), opened in an iframe so
// that every engine runs them. Each page records its events, policy violations, uncaught errors and the scripts
// and fetches it made (/__test/sri-host.js).

interface HostWindow extends Window {
  __events: Array<{ type: string; tag: string; code?: string; message?: string }>;
  __csp: string[];
  __uncaught: string[];
  __scripts: Array<{ src: string; integrity: string; type: string }>;
  __fetches: Array<{ url: string; integrity: string }>;
  __tampered?: number;
}

interface Page {
  window: HostWindow;
  /** An element by selector: `#target` (the one that needs the file), `#other` (one that does not), a tag. */
  element(selector: string): HTMLElement | null;
  /** Its shadow root's text, whitespace collapsed. */
  text(selector: string): string;
  /** The text of its error box, or null. */
  error(selector: string): string | null;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens a page of the test server in an iframe and waits until `ready` holds. */
async function open(path: string, ready: (page: Page) => boolean): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const page: Page = {
    window: frame.contentWindow as HostWindow,
    element: (selector) => frame.contentDocument!.querySelector<HTMLElement>(selector),
    text: (selector) => (page.element(selector)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    error: (selector) =>
      page.element(selector)?.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
      null,
  };
  await until(() => ready(page), `${path}: the page settled`);
  return page;
}

const target = (page: Page) => page.element('#target')?.shadowRoot;

/** What each page shows when its file is there and checked, in the element that needs it (`#target`). */
const CONTENT: Record<string, { tag: string; shown: (page: Page) => boolean }> = {
  card: { tag: 'sw-stat-card', shown: (page) => page.text('#target').includes('320,000') },
  src: { tag: 'sw-stat-card', shown: (page) => page.text('#target').includes('320,000') },
  series: { tag: 'sw-stat-card', shown: (page) => !!target(page)?.querySelector('[part="change"]') },
  export: { tag: 'sw-stat-card', shown: (page) => !!target(page)?.querySelector('[part="tool"]') },
  geo: {
    tag: 'sw-region-map',
    shown: (page) => target(page)?.querySelectorAll('[part~="region-shape"]').length === 34,
  },
  geometry: {
    tag: 'sw-region-map',
    shown: (page) => target(page)?.querySelectorAll('[part~="region-shape"]').length === 34,
  },
  choropleth: { tag: 'sw-region-map', shown: (page) => !!target(page)?.querySelector('svg.choropleth') },
  // The server's content, adopted: the card's first update waits for the hydration code.
  hydrate: {
    tag: 'sw-stat-card',
    shown: (page) =>
      !!(page.element('#target') as HTMLElement & { hasUpdated?: boolean })?.hasUpdated &&
      page.text('#target').includes('320,000'),
  },
};

/** The page's other element (`#other`, a story list, card or map as the bundle defines) shows its content. */
const otherShown = (page: Page) => {
  const root = page.element('#other')?.shadowRoot;
  return !!root?.querySelector('article, [part="value"], [part~="tile"]');
};

/** Each on-demand file, the page that needs it, and the bundle the page loads (module and classic, all-in-one and one-element bundles in turn). */
const CASES: Array<{ file: string; page: string; script: string; changes: Array<'byte' | 'append'> }> = [
  { file: 'sw-bundled-report.js', page: 'card', script: 'sw-widgets.js', changes: ['byte', 'append'] },
  { file: 'sw-report.js', page: 'src', script: 'sw-widgets.iife.js', changes: ['byte', 'append'] },
  { file: 'sw-series.js', page: 'series', script: 'sw-stat-card.js', changes: ['byte', 'append'] },
  { file: 'sw-export.js', page: 'export', script: 'sw-widgets.js', changes: ['byte', 'append'] },
  { file: 'sw-geo.js', page: 'geo', script: 'sw-region-map.iife.js', changes: ['byte', 'append'] },
  { file: 'sw-china.map.json', page: 'geometry', script: 'sw-widgets.js', changes: ['byte'] },
  { file: 'sw-choropleth.js', page: 'choropleth', script: 'sw-region-map.js', changes: ['byte', 'append'] },
  { file: 'sw-hydrate.js', page: 'hydrate', script: 'sw-widgets.iife.js', changes: ['byte', 'append'] },
];

/** Clicks the card's download button when the page is the export page (the export code loads on first use). */
function startExport(page: Page): void {
  const tool = target(page)?.querySelector<HTMLButtonElement>('[part="tool"]');
  if (tool && !tool.dataset.clicked) {
    tool.dataset.clicked = '1';
    tool.click();
  }
}

describe('files loaded on demand, checked against the hashes the first script carries', function () {
  for (const { file, page: name, script } of CASES) {
    it(`${file}: as built, ${script} loads it checked and the page shows it (${name})`, async () => {
      const { shown } = CONTENT[name];
      const page = await open(`/__test/sri/untouched/${name}.html?script=${script}`, (p) => shown(p) && otherShown(p));
      if (name === 'export') {
        const blob = await (page.element('#target') as HTMLElement & { exportData(): Promise<Blob> }).exportData();
        expect(await blob.text()).to.contain('320000');
      }
      expect(page.error('#target')).to.equal(null);
      expect(page.window.__events.filter((event) => event.type === 'sw-error')).to.deep.equal([]);
      expect(page.window.__csp).to.deep.equal([]);
      expect(page.window.__uncaught).to.deep.equal([]);
      // Loaded with the hash its loader carries (the manifest says which): the bundle for a script, the geographic
      // module for the geometry.
      const manifest = await (await fetch('/cdn/manifest.json')).json();
      if (file.endsWith('.js')) {
        const checked = page.window.__scripts.find((s) => s.src.endsWith(`/${file}`));
        expect(checked, `a script for ${file}`).to.deep.include({
          type: 'module',
          integrity: manifest.files[script].loads[file],
        });
      } else {
        const fetched = page.window.__fetches.find((f) => f.url.endsWith(`/${file}`));
        expect(fetched?.integrity, `the fetch of ${file}`).to.equal(manifest.files['sw-geo.js'].loads[file]);
      }
    });

    for (const change of CASES.find((c) => c.file === file)!.changes) {
      it(`${file} with ${change === 'byte' ? 'one byte changed' : 'code appended'}: the element that needs it shows an error naming it, nothing from it runs or shows, the rest of the page works`, async () => {
        const { tag, shown } = CONTENT[name];
        const page = await open(`/__test/sri/${change}~${file}/${name}.html?script=${script}`, (p) => {
          if (name === 'export') startExport(p);
          return p.error('#target') !== null && otherShown(p);
        });
        const url = new URL(`/__test/sri/${change}~${file}/${file}`, location.href).href;
        expect(page.error('#target')).to.equal(`Cannot show this${url} does not match its hash`);
        expect(shown(page), 'nothing from the file is shown').to.equal(false);
        expect(page.window.__tampered, 'the appended code never ran').to.equal(undefined);
        const errors = page.window.__events.filter((event) => event.type === 'sw-error');
        expect(errors).to.deep.equal([
          { type: 'sw-error', tag, code: 'integrity', message: `${url} does not match its hash` },
        ]);
        // The other element and the host page are unaffected.
        expect(page.error('#other')).to.equal(null);
        expect(page.window.document.getElementById('host')!.textContent).to.equal("The partner's own page");
        expect(page.window.__csp).to.deep.equal([]);
        expect(page.window.__uncaught).to.deep.equal([]);
        // Given time, a changed file still never runs (a wrong load would have run by the next task).
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(page.window.__tampered).to.equal(undefined);
        expect(page.error('#target')).to.equal(`Cannot show this${url} does not match its hash`);
      });
    }
  }

  it('says so in the reader’s language: zh-Hans and zh-Hant', async () => {
    const url = new URL('/__test/sri/append~sw-bundled-report.js/sw-bundled-report.js', location.href).href;
    const hans = await open(
      '/__test/sri/append~sw-bundled-report.js/card.html?lang=zh-CN',
      (p) => p.error('#target') !== null,
    );
    expect(hans.error('#target')).to.equal(`无法显示${url} 的内容与校验值不符`);
    const hant = await open(
      '/__test/sri/append~sw-bundled-report.js/card.html?lang=zh-HK',
      (p) => p.error('#target') !== null,
    );
    expect(hant.error('#target')).to.equal(`無法顯示${url} 的內容與校驗值不符`);
  });
});

describe('the embed page (cdn/embed.html) with a changed file beside it', function () {
  it('its widget shows the error naming the file; nothing from the file runs', async () => {
    const url = new URL('/__test/sri/append~sw-bundled-report.js/sw-bundled-report.js', location.href).href;
    const page = await open(
      '/__test/sri/append~sw-bundled-report.js/embed.html?el=stat-card&metric=chaozhou-volunteers&lang=en',
      (p) => p.error('sw-stat-card') !== null,
    );
    expect(page.error('sw-stat-card')).to.equal(`Cannot show this${url} does not match its hash`);
    expect((page.window as HostWindow).__tampered).to.equal(undefined);
  });

  it('as built, it shows the widget', async () => {
    const page = await open('/__test/sri/untouched/embed.html?el=stat-card&metric=chaozhou-volunteers&lang=en', (p) =>
      p.text('sw-stat-card').includes('320,000'),
    );
    expect(page.error('sw-stat-card')).to.equal(null);
  });
});

describe('a bundle served from another origin, with CORS', function () {
  it('renders, every file it loads checked: scripts with their hashes, the geometry fetched with its hash', async () => {
    const manifest = await (await fetch('/cdn/manifest.json')).json();
    const loads = manifest.files['sw-widgets.js'].loads as Record<string, string>;
    for (const name of ['card', 'series', 'geo', 'choropleth']) {
      const { shown } = CONTENT[name];
      const page = await open(`/__test/sri-cross/untouched/${name}.html`, (p) => shown(p) && otherShown(p));
      expect(page.error('#target'), name).to.equal(null);
      expect(page.window.__csp, name).to.deep.equal([]);
      expect(page.window.__uncaught, name).to.deep.equal([]);
      const origin = `http://127.0.0.1:${location.port}`;
      const loaded = page.window.__scripts.filter(
        (script) => script.src.startsWith(origin) && !/sw-widgets(\.iife)?\.js$/.test(script.src),
      );
      expect(loaded.length, name).to.be.greaterThan(0);
      for (const script of loaded)
        expect(script, name).to.deep.include({ type: 'module', integrity: loads[script.src.split('/').pop()!] });
      if (name === 'geo') {
        const geometry = page.window.__fetches.find(
          (f) => f.url.startsWith(origin) && f.url.endsWith('/sw-china.map.json'),
        );
        expect(geometry?.integrity).to.equal(manifest.files['sw-geo.js'].loads['sw-china.map.json']);
      }
    }
  });

  it('refuses a changed file from there too, and says it did not match', async () => {
    const page = await open(
      '/__test/sri-cross/append~sw-geo.js/geo.html',
      (p) => p.error('#target') !== null && otherShown(p),
    );
    expect(page.error('#target')).to.equal(
      `Cannot show thishttp://127.0.0.1:${location.port}/__test/sri/append~sw-geo.js/sw-geo.js does not match its hash`,
    );
    expect(page.window.__tampered).to.equal(undefined);
  });
});

describe('the loader (src/on-demand/cdn-load.ts) in this engine', () => {
  const runs = () => ((globalThis as { __runs?: string[] }).__runs ?? []).slice();
  let id = 0;
  const fresh = () => `t${Date.now()}-${id++}`;

  it('import() after the check gives the checked instance, even when the host changes the file between requests', async () => {
    const key = fresh();
    const hash = await (await fetch(`/__test/flip/${key}/first-hash`)).text();
    const module = (await importChecked(`/__test/flip/${key}/module.js`, hash)) as { which: string };
    expect(module.which).to.equal('first');
    expect(runs().filter((run) => run.endsWith(key))).to.deep.equal([`first:${key}`]);
    // Loaded again (another element, another bundle): the same checked instance.
    const again = (await importChecked(`/__test/flip/${key}/module.js`, hash)) as { which: string };
    expect(again).to.equal(module);
    expect(runs().filter((run) => run.endsWith(key))).to.deep.equal([`first:${key}`]);
  });

  it('content that does not match never runs, not even when loaded again; the failure says the file was there', async () => {
    const key = fresh();
    const wrong = `sha256-${btoa('x'.repeat(32))}`;
    const url = new URL(`/__test/flip/${key}/module.js`, location.href).href;
    const failure = await importChecked(url, wrong).catch((error: unknown) => error);
    expect(failure).to.deep.equal({ url, tampered: true });
    // A second try checks again (WebKit would run an unchecked copy for a plain import() after a failed check: the
    // loader never does that).
    const second = await importChecked(url, wrong).catch((error: unknown) => error);
    expect(second).to.deep.equal({ url, tampered: true });
    expect(runs().filter((run) => run.endsWith(key))).to.deep.equal([]);
  });

  it('a file that is not there fails as unreachable, not as changed', async () => {
    const url = new URL('/__test/fault/http-404', location.href).href;
    const failure = await importChecked(url, `sha256-${btoa('x'.repeat(32))}`).catch((error: unknown) => error);
    expect(failure).to.deep.equal({ url, tampered: false });
  });

  it('leaves no script element behind', async () => {
    const before = document.querySelectorAll('script').length;
    const key = fresh();
    const hash = await (await fetch(`/__test/flip/${key}/first-hash`)).text();
    await importChecked(`/__test/flip/${key}/module.js`, hash);
    await importChecked(`/__test/flip/${key}-missing/module.js`, hash).catch(() => undefined);
    expect(document.querySelectorAll('script').length).to.equal(before);
  });
});

describe('a page’s own files with their hash: src-integrity and geo-integrity', function () {
  async function sha256Of(url: string): Promise<string> {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await (await fetch(url)).arrayBuffer()));
    return `sha256-${btoa(String.fromCharCode(...digest))}`;
  }
  const wrong = `sha256-${btoa('x'.repeat(32))}`;

  /** An element of the library (the npm modules, as a page's bundler would use them), and the events it sends. */
  async function mount(markup: string, ready: (el: HTMLElement) => boolean) {
    await import('../src/all.js');
    const host = document.createElement('div');
    host.innerHTML = markup;
    const errors: Array<{ code: string; field?: string; message: string }> = [];
    host.addEventListener('sw-error', (event) => errors.push((event as CustomEvent).detail));
    document.body.append(host);
    const el = host.firstElementChild as HTMLElement;
    await until(() => ready(el), 'the element settled');
    return { el, errors, remove: () => host.remove() };
  }
  const errorText = (el: HTMLElement) =>
    el.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  it('a report at src that matches src-integrity is shown; one that does not is not, and the element says so', async () => {
    const url = new URL('/data/report.json?src-integrity', location.href).href;
    const good = await mount(
      `<sw-stat-card lang="en" metric="chaozhou-volunteers" src="${url}" src-integrity="${await sha256Of(url)}"></sw-stat-card>`,
      (el) => (el.shadowRoot?.textContent ?? '').includes('320,000'),
    );
    expect(good.errors).to.deep.equal([]);
    good.remove();
    const other = new URL('/data/report.json?src-integrity-wrong', location.href).href;
    const bad = await mount(
      `<sw-stat-card lang="en" metric="chaozhou-volunteers" src="${other}" src-integrity="${wrong}"></sw-stat-card>`,
      (el) => errorText(el) !== null,
    );
    expect(errorText(bad.el)).to.equal(`Cannot show this${other} does not match its hash`);
    expect(bad.el.shadowRoot!.textContent).not.to.contain('320,000');
    expect(bad.errors).to.deep.equal([
      { code: 'integrity', field: 'src-integrity', message: `${other} does not match its hash` },
    ]);
    await expect(bad.el).to.be.accessible();
    bad.remove();
  });

  it('geometry at geo-src that matches geo-integrity is drawn; geometry that does not is not, and the map says so', async () => {
    const url = new URL('/data/geo/sw-china.map.json?geo-integrity', location.href).href;
    const shapes = (el: HTMLElement) => el.shadowRoot?.querySelectorAll('[part~="region-shape"]').length ?? 0;
    const good = await mount(
      `<sw-region-map lang="en" layout="geo" geo-src="${url}" geo-integrity="${await sha256Of(url)}"></sw-region-map>`,
      (el) => shapes(el) === 34,
    );
    expect(good.errors).to.deep.equal([]);
    good.remove();
    const other = new URL('/data/geo/sw-china.map.json?geo-integrity-wrong', location.href).href;
    const bad = await mount(
      `<sw-region-map lang="en" layout="geo" geo-src="${other}" geo-integrity="${wrong}"></sw-region-map>`,
      (el) => errorText(el) !== null,
    );
    const message = `Cannot load the map geometry at ${other}: its content does not match its hash: it was not used`;
    expect(errorText(bad.el)).to.equal(`Cannot show this${message}`);
    expect(shapes(bad.el)).to.equal(0);
    expect(bad.errors).to.deep.equal([{ code: 'integrity', field: 'geo-src', message }]);
    // Unlike the package's own files, a page's file that fails its check leaves the tile map on offer.
    expect(bad.el.shadowRoot!.querySelector('[part~="show-grid"]')).to.not.equal(null);
    bad.remove();
  });
});
