import { expect, fixture, html } from '@open-wc/testing';
import { probePage, type PageProbe } from './support/probe.js';
import { DEFAULT_SCRIPT_BASE } from '../shared/embed-snippet.js';
import '../src/all.js';

// The examples in examples/, run as an app would run them: React 19, Vue 3 and Svelte 5 apps
// bundled by scripts/dev/examples.mjs (served at /examples/<name>/app.bundle.js), and the plain
// HTML page. Each test uses the example the way a reader would: clicks a tile, switches language.

interface AppState {
  card: string;
  tiles: number;
  articles: number;
  shown: string;
}

/** The state of an example page: the card's text, the map's tiles, the list's stories, the app's own line. */
const appState = `({
  card: document.querySelector('sw-stat-card')?.shadowRoot?.textContent.replace(/\\s+/g, ' ') ?? '',
  tiles: document.querySelector('sw-region-map')?.shadowRoot?.querySelectorAll('[data-code]').length ?? 0,
  articles: document.querySelector('sw-story-list')?.shadowRoot?.querySelectorAll('article').length ?? 0,
  shown: document.querySelector('p[aria-live]')?.textContent.trim() ?? '',
})`;
const frames = `const frames = (n = 3) => new Promise((resolve) => { const next = () => (n-- ? requestAnimationFrame(next) : resolve()); next(); });`;

/** Clicks Gansu on the map, then the app's language button; the state after each. */
const useTheApp = `(async () => {
  ${frames}
  const before = ${appState};
  document.querySelector('sw-region-map').shadowRoot.querySelector('[data-code="620000"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await frames();
  const selected = ${appState};
  document.querySelector('button').click();
  await frames();
  const english = ${appState};
  return { before, selected, english };
})()`;

const rendered = `(() => { const s = ${appState}; return s.card.includes('32') && s.tiles === 34 && s.articles > 0; })()`;

function expectNoProblems(page: PageProbe<unknown>) {
  expect(page.waitTimedOut, 'the app rendered').to.equal(false);
  expect(page.pageErrors).to.deep.equal([]);
  // Development builds of React, Vue and Svelte log misuse (unknown components, bad props) as errors or warnings.
  expect(page.consoleErrors).to.deep.equal([]);
  expect(page.consoleWarnings.filter((w) => !w.includes('Lit is in dev mode'))).to.deep.equal([]);
}

function expectTheAppWorks(result: { before: AppState; selected: AppState; english: AppState }) {
  const { before, selected, english } = result;
  expect(before.card).to.contain('超32万');
  // The story link is on (a boolean property or attribute).
  expect(before.card).to.contain('报道');
  // limit 2, passed as a number: two of the four stories and a "show more".
  expect(before.articles).to.equal(2);
  expect(before.shown).to.equal('—');
  // The app heard sw-region-select with its detail, and the list follows the map.
  expect(selected.shown).to.equal('甘肃省 (620000)');
  expect(selected.articles).to.equal(1);
  // The app's lang reaches the elements.
  expect(english.card).to.contain('over 320,000');
}

describe('framework examples (examples/)', () => {
  it('React 19: props as properties, onsw-region-select as an event listener', async () => {
    const page = await probePage<{ before: AppState; selected: AppState; english: AppState }>(
      '/examples/react/index.html',
      {
        waitFor: rendered,
        evaluate: useTheApp,
        timeout: 15000,
      },
    );
    expectNoProblems(page);
    expectTheAppWorks(page.result);
  });

  it('Vue 3: isCustomElement, :limit as a property, @sw-region-select', async () => {
    const page = await probePage<{ before: AppState; selected: AppState; english: AppState }>(
      '/examples/vue/index.html',
      {
        waitFor: rendered,
        evaluate: useTheApp,
        timeout: 15000,
      },
    );
    expectNoProblems(page);
    expectTheAppWorks(page.result);
  });

  it('Svelte 5: limit={2} as a property, onsw-region-select', async () => {
    const page = await probePage<{ before: AppState; selected: AppState; english: AppState }>(
      '/examples/svelte/index.html',
      {
        waitFor: rendered,
        evaluate: useTheApp,
        timeout: 15000,
      },
    );
    expectNoProblems(page);
    expectTheAppWorks(page.result);
  });

  it('plain HTML: the page as written, its script pointed at the public CDN address, in a blank page', async () => {
    const source = await (await fetch('/examples/plain-html/index.html')).text();
    // The example loads the local build; on a partner's page the same markup loads the CDN file.
    expect(source).to.contain('<script src="../../cdn/sw-widgets.iife.js"></script>');
    const page = await probePage<{ before: AppState; selected: AppState }>('/__test/blank', {
      html: source.replace('../../cdn/', '/cdn/'),
      waitFor: rendered.replace("includes('32')", "includes('85')"),
      evaluate: `(async () => {
        ${frames}
        const before = ${appState};
        document.querySelector('sw-region-map').shadowRoot.querySelector('[data-code="620000"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await frames();
        return { before, selected: ${appState} };
      })()`,
    });
    expect(page.waitTimedOut).to.equal(false);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.result.before.card).to.contain('85');
    expect(page.result.before.articles).to.equal(3);
    expect(page.result.selected.shown).to.equal('已选：甘肃省');
    expect(page.result.selected.articles).to.equal(1);
    expect(DEFAULT_SCRIPT_BASE).to.match(/^https:\/\/unpkg\.com\/sw-widgets@\d+\.\d+\.\d+\/cdn\/$/);
  });
});

describe('the elements as the examples use them', () => {
  // The markup of the examples, checked for accessibility in both themes in the test page itself.
  for (const theme of ['light', 'dark']) {
    it(`is accessible (${theme})`, async () => {
      const el = await fixture<HTMLElement>(html`<main>
        <sw-stat-card metric="chaozhou-volunteers" variant="compact" story-link theme=${theme}></sw-stat-card>
        <sw-region-map id="fw-map" theme=${theme}></sw-region-map>
        <sw-story-list for="fw-map" limit="2" theme=${theme}></sw-story-list>
      </main>`);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await expect(el).to.be.accessible();
    });
  }
});
