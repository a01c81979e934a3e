import { expect, fixture, html } from '@open-wc/testing';
import { probePage } from './support/probe.js';
import '../src/all.js';

// Partner pages the widgets must survive, each opened as a real page in a new tab:
// another copy of Lit, a strict CSP through every state, the page's own font and
// color, and a page where the script never runs.

const allRendered = `(() => {
  const card = document.querySelector('sw-stat-card'), map = document.querySelector('sw-region-map'), list = document.querySelector('sw-story-list');
  return !!(card?.shadowRoot?.textContent.includes('32') && map?.shadowRoot?.querySelectorAll('[data-code]').length === 34 && list?.shadowRoot?.querySelectorAll('article').length === 4);
})()`;

describe('with another copy of Lit on the page', () => {
  const check = `(() => {
    const greeting = document.querySelector('partner-greeting');
    const map = document.querySelector('sw-region-map');
    // SVG elements have no click(): a real click event, as the pointer sends.
    map.shadowRoot.querySelector('[data-code="620000"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return {
      greeting: greeting.shadowRoot?.textContent.trim(),
      card: document.querySelector('sw-stat-card').shadowRoot.textContent.includes('超32万'),
      // The list follows the map: selecting Gansu leaves Zhuanglang's story only.
      listAfterSelect: new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() =>
        resolve(document.querySelector('sw-story-list').shadowRoot.querySelectorAll('article').length)))),
      litVersions: window.litElementVersions?.length,
    };
  })()`;

  for (const [page, order] of [
    ['/test/pages/other-lit-first.html', 'the partner’s Lit first, then our module bundle'],
    ['/test/pages/other-lit-after.html', 'our classic bundle first, then the partner’s Lit'],
  ]) {
    it(`both work, with no error: ${order}`, async () => {
      const result = await probePage<{ greeting: string; card: boolean; listAfterSelect: number; litVersions: number }>(
        page,
        {
          waitFor: `${allRendered} && !!document.querySelector('partner-greeting')?.shadowRoot?.textContent.trim()`,
          evaluate: `(async () => { const r = ${check}; r.listAfterSelect = await r.listAfterSelect; return r; })()`,
        },
      );
      expect(result.waitTimedOut, 'everything rendered').to.equal(false);
      expect(result.result.greeting).to.equal('Hello from the partner’s Lit, editor');
      expect(result.result.card).to.equal(true);
      expect(result.result.listAfterSelect).to.equal(1);
      // Two copies really are on the page: Lit records each LitElement version that loads.
      expect(result.result.litVersions).to.equal(2);
      expect(result.pageErrors).to.deep.equal([]);
      expect(result.consoleErrors).to.deep.equal([]);
      // The partner's development build of Lit may warn about itself; nothing comes from sw-widgets.
      expect(result.consoleWarnings.filter((w) => /sw-widgets|sw-/.test(w))).to.deep.equal([]);
    });
  }
});

describe('under a strict Content-Security-Policy, in every state', () => {
  // Drives each element through its states; CSP violations (an inline style attribute, a style
  // element, eval) are collected by the probe from the page's securitypolicyviolation events.
  const driveStates = `(async () => {
    const frames = (n = 2) => new Promise((resolve) => { const next = () => (n-- ? requestAnimationFrame(next) : resolve()); next(); });
    const root = (id) => document.getElementById(id).shadowRoot;
    const map = root('map');
    // Tooltip: focus a tile (the tooltip is placed through CSSOM), then hover another.
    map.querySelector('[data-code="440000"]').focus();
    await frames();
    const tooltipOnFocus = !map.querySelector('[part~="tooltip"]').hidden && map.querySelector('[part~="tooltip"]').textContent.includes('广东');
    map.querySelector('[data-code="620000"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await frames();
    // Paging: show more in the list, before any selection.
    root('list').querySelector('[part~="show-more"]').click();
    await frames();
    const articlesAfterMore = root('list').querySelectorAll('article').length;
    // Table shown, then a selection (the list follows).
    map.querySelector('[part~="table-toggle"]').click();
    map.querySelector('[data-code="510000"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await frames();
    const tableShown = map.querySelector('[part~="table"]').getBoundingClientRect().height > 50;
    const articlesAfterSelect = root('list').querySelectorAll('article').length;
    // A language switch re-renders everything.
    document.documentElement.lang = 'en';
    await frames(3);
    return {
      tooltipOnFocus,
      articlesAfterMore,
      tableShown,
      articlesAfterSelect,
      progress: !!root('progress').querySelector('[role="progressbar"] rect'),
      story: root('progress').querySelector('[part~="story"]')?.textContent ?? '',
      placeholders: ['loading-card', 'loading-map', 'loading-list'].map((id) => !!root(id).querySelector('[part~="placeholder"]')),
      errors: ['unknown-metric', 'failed-card', 'failed-map', 'failed-list'].map((id) => root(id).querySelector('[part~="error"]')?.textContent ?? ''),
      english: root('progress').textContent.includes('certified social workers'),
      // Styles are adopted stylesheets (no <style> element inside any shadow root).
      styleElements: [...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].reduce((n, el) => n + el.shadowRoot.querySelectorAll('style').length, 0),
    };
  })()`;

  it('shows loading, errors, progress, tooltip, table, paging and selection with zero violations', async () => {
    const page = await probePage<{
      tooltipOnFocus: boolean;
      articlesAfterMore: number;
      tableShown: boolean;
      articlesAfterSelect: number;
      progress: boolean;
      story: string;
      placeholders: boolean[];
      errors: string[];
      english: boolean;
      styleElements: number;
    }>('/test/pages/csp-states.html', {
      waitFor: `(() => {
        const root = (id) => document.getElementById(id)?.shadowRoot;
        return !!(root('map')?.querySelectorAll('[data-code]').length === 34 && root('list')?.querySelector('article')
          && root('failed-card')?.querySelector('[part~="error"]') && root('progress')?.querySelector('[role="progressbar"]'));
      })()`,
      evaluate: driveStates,
    });
    expect(page.waitTimedOut, 'all elements rendered').to.equal(false);
    const states = page.result;
    expect(states.tooltipOnFocus, 'tooltip shown').to.equal(true);
    expect(states.articlesAfterMore, 'show more').to.equal(2);
    expect(states.tableShown, 'table shown').to.equal(true);
    expect(states.articlesAfterSelect, 'list follows the map (Sichuan)').to.equal(1);
    expect(states.progress, 'progress bar').to.equal(true);
    expect(states.story).to.contain('Zhuanglang');
    expect(states.placeholders).to.deep.equal([true, true, true]);
    for (const error of states.errors) expect(error).not.to.equal('');
    expect(states.english).to.equal(true);
    expect(states.styleElements).to.equal(0);
    expect(page.cspViolations).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
    // The 404 of the failing report is the only console error, and it is the browser's, not ours.
    expect(page.consoleErrors.filter((e) => !e.includes('404'))).to.deep.equal([]);
  });

  it('no template in src/ writes a style attribute (styles go through classes, SVG attributes or CSSOM)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const paths: string[] = manifest.modules.map((m: { path: string }) => m.path);
    expect(paths.length).to.be.greaterThan(10);
    const offenders: string[] = [];
    for (const path of paths) {
      const source = await (await fetch(`/${path}`)).text();
      // ` style="…"`, ` style=${…}`, ` .style=${…}` or `styleMap(` in a template would all show up here.
      for (const match of source.matchAll(/(?:\s\.?style\s*=\s*["'$`{])|styleMap\(/g))
        offenders.push(`${path}: ${source.slice(match.index, match.index + 40)}`);
    }
    expect(offenders).to.deep.equal([]);
  });
});

describe('the page’s own font and text color', () => {
  const fontsAndColors = `(() => {
    const probe = (section) => {
      const root = (tag) => document.querySelector('#' + section + ' ' + tag).shadowRoot;
      const style = (el) => { const s = getComputedStyle(el); return { font: s.fontFamily, color: s.color }; };
      return {
        cardLabel: style(root('sw-stat-card').querySelector('[part~="label"]')),
        mapLabel: style(root('sw-region-map').querySelector('[part~="tile-label"]')),
        legend: style(root('sw-region-map').querySelector('[part~="legend"] li')),
        storySummary: style(root('sw-story-list').querySelector('[part~="summary"]')),
        showMore: style(root('sw-story-list').querySelector('[part~="show-more"]')),
      };
    };
    return { default: probe('default'), inheriting: probe('inheriting'), body: { font: getComputedStyle(document.body).fontFamily, color: getComputedStyle(document.body).color } };
  })()`;
  type Style = { font: string; color: string };
  type Result = { default: Record<string, Style>; inheriting: Record<string, Style>; body: Style };

  it('do not leak in by default, and are inherited with `font-family: inherit` and `--sw-text: currentColor`', async () => {
    const page = await probePage<Result>('/test/pages/page-font-color.html', {
      waitFor: `document.querySelectorAll('sw-story-list').length === 2 && [...document.querySelectorAll('sw-story-list')].every((l) => l.shadowRoot?.querySelector('[part~="show-more"]'))
        && [...document.querySelectorAll('sw-region-map')].every((m) => m.shadowRoot?.querySelector('[part~="tile-label"]'))`,
      evaluate: fontsAndColors,
    });
    expect(page.waitTimedOut, 'rendered').to.equal(false);
    const { body } = page.result;
    expect(body.font).to.contain('Courier New');
    for (const [part, style] of Object.entries(page.result.default)) {
      expect(style.font, `${part} font by default`).not.to.match(/Courier|monospace|cursive/);
      expect(style.color, `${part} color by default`).not.to.be.oneOf([
        'rgb(150, 0, 0)',
        'rgb(0, 120, 0)',
        'rgb(0, 0, 200)',
      ]);
    }
    for (const [part, style] of Object.entries(page.result.inheriting)) {
      expect(style.font, `${part} font when asked`).to.equal(body.font);
      // The map's labels on colored tiles and the muted texts keep their own colors; text in the text color follows the page.
      if (part !== 'mapLabel') expect(style.color, `${part} color when asked`).to.equal(body.color);
    }
  });
});

describe('without the script', () => {
  it('shows the fallback an editor wrote inside each tag, in the space reserved for the element', async () => {
    const page = await probePage<{ text: string; heights: number[]; defined: boolean }>('/test/pages/no-script.html', {
      evaluate: `({
        text: document.body.innerText,
        heights: [...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].map((el) => Math.round(el.getBoundingClientRect().height)),
        defined: !!customElements.get('sw-stat-card'),
      })`,
    });
    expect(page.result.defined).to.equal(false);
    expect(page.result.text).to.contain('潮州市注册志愿者超32万人');
    expect(page.result.text).to.contain('查看各省社工报道地图');
    expect(page.result.text).to.contain('庄浪县：持证社工85名');
    // The :not(:defined) rules of docs/embedding.md reserve each element's space: at this width (800 px window)
    // the card 12.5rem, the map 32rem + 7rem, the list 36rem.
    expect(page.result.heights).to.deep.equal([200, 624, 576]);
  });

  it('and hides that fallback once the script has rendered the element', async () => {
    const html = await (await fetch('/test/pages/no-script.html')).text();
    const page = await probePage<{ fallbackBoxes: number[]; text: string }>('/__test/blank', {
      html: html.replace('/test/pages/no-such-script.js', '/cdn/sw-widgets.iife.js'),
      waitFor: allRendered,
      evaluate: `({
        fallbackBoxes: [...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getClientRects().length;
        }),
        text: document.querySelector('sw-stat-card').shadowRoot.textContent,
      })`,
    });
    expect(page.waitTimedOut).to.equal(false);
    expect(page.result.text).to.contain('超32万');
    // Light DOM children of an element with a shadow root and no slot are not rendered at all.
    expect(page.result.fallbackBoxes).to.deep.equal([0, 0, 0]);
    expect(page.pageErrors).to.deep.equal([]);
  });
});

describe('elements with an editor’s fallback inside', () => {
  for (const theme of ['light', 'dark']) {
    it(`are accessible once rendered, the fallback out of the way (${theme})`, async () => {
      const el = await fixture<HTMLElement>(html`<div>
        <sw-stat-card metric="chaozhou-volunteers" theme=${theme}>潮州市注册志愿者超32万人</sw-stat-card>
        <sw-region-map id="fallback-map" theme=${theme}><a href="https://example.org/map.html">查看各省社工报道地图</a></sw-region-map>
        <sw-story-list for="fallback-map" limit="2" theme=${theme}><a href="https://example.org/news.html">社工报道</a></sw-story-list>
      </div>`);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // Not rendered, so neither seen nor read: the fallback links are not in the tab order.
      const link = el.querySelector('sw-region-map a') as HTMLAnchorElement;
      expect(link.getClientRects().length).to.equal(0);
      link.focus();
      expect(document.activeElement).not.to.equal(link);
      await expect(el).to.be.accessible();
    });
  }
});
