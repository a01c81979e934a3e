/**
 * Nothing lost: when a new `src` (or `report`) fails, the last good data stays
 * on screen with a notice saying why; when one of several elements fails, the
 * others are untouched; a late answer to an older `src` never replaces a newer one.
 */
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import type { SwElement, SwErrorDetail } from '../src/base/sw-element.js';
import type { Language } from '../src/report/schema.js';
import { reportCopy } from './support/report-fixtures.js';
import { until } from './support/wait.js';
import { loadReport } from '../src/report/load.js';

const TAGS = ['sw-stat-card', 'sw-region-map', 'sw-story-list'] as const;
/** An element timeout longer than any test may run: for answers that must fail in their own way, not as a timeout. */
const NO_TIMEOUT_MS = 600_000;

let counter = 0;
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}keep-test=${++counter}`;

const root = (el: Element) => el.shadowRoot!;
const staleNotice = (el: Element) => root(el).querySelector<HTMLElement>('[part="stale"]');
const errorBox = (el: Element) => root(el).querySelector('[part="error"]');

/** What the element shows of its report, without the notice: its text and accessible names. */
function shownData(el: Element): string {
  const content = [...root(el).children].filter((child) => child.getAttribute('part') !== 'stale');
  const text = content.map((child) => child.textContent).join(' ');
  const names = content.flatMap((child) =>
    [...child.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')),
  );
  return `${text.replace(/\s+/g, ' ').trim()}|${names.join('|')}`;
}

/**
 * An element showing the good report at `src`, loaded without a timeout in play: a short one belongs to the failing
 * `src` only (WebKitGTK answers the first request after a cancelled 20 MB body in 0.6–1.9 s, and a loaded machine
 * anything in several seconds). Should it fail anyway, the test fails with its message instead of waiting for sw-ready.
 */
async function showing(tag: string, src: string): Promise<SwElement> {
  const el = document.createElement(tag) as SwElement;
  el.timeout = NO_TIMEOUT_MS;
  el.src = src;
  // The card's count-up changes its digits while the test compares what is shown.
  el.setAttribute('no-count-up', '');
  const ready = new Promise<void>((resolve, reject) => {
    el.addEventListener('sw-ready', () => resolve(), { once: true });
    el.addEventListener(
      'sw-error',
      (event) => reject(new Error(`the good report failed: ${(event as CustomEvent<SwErrorDetail>).detail.message}`)),
      { once: true },
    );
  });
  document.body.append(el);
  await ready;
  await elementUpdated(el);
  return el;
}

const NOTICE: Record<Language, RegExp> = {
  'zh-Hans': /新数据加载失败，仍显示上次的数据。/,
  'zh-Hant': /新資料載入失敗，仍顯示上次的資料。/,
  en: /New data failed to load; showing the last data\./,
};

describe('keeping the last good data', function () {
  const FAILURES: Array<[string, string, RegExp]> = [
    ['a 404', '/__test/fault/http-404', /返回错误 404/],
    ['a body that is not JSON', '/__test/fault/not-json', /不是 JSON/],
    ['a truncated body', '/__test/fault/truncated', /JSON 不完整/],
    ['a server that never answers', '/__test/never', /在 0\.4 秒内没有响应/],
    ['a 20 MB body', '/__test/fault/huge-chunked', /过大/],
    ['an invalid report', '/package.json', /数据有误：id/],
  ];
  for (const tag of TAGS) {
    for (const [what, path, says] of FAILURES) {
      it(`<${tag}> keeps its report on screen when a new src fails with ${what}, and says why`, async function () {
        const el = await showing(tag, fresh('/data/report.json'));
        try {
          const before = shownData(el);
          expect(before.length).to.be.greaterThan(50);
          const error = oneEvent(el, 'sw-error');
          // 0.4 s for the server that never answers (the message says so); any other failure must not turn into a
          // timeout however slowly a loaded machine reads the answer (20 MB, or a report to check): no limit in play.
          el.timeout = path === '/__test/never' ? 400 : NO_TIMEOUT_MS;
          el.src = fresh(path);
          await error;
          await elementUpdated(el);
          expect(shownData(el)).to.equal(before);
          expect(errorBox(el), 'no error box in place of the data').to.equal(null);
          const notice = staleNotice(el)!;
          expect(notice.getAttribute('role')).to.equal('status');
          expect(notice.textContent).to.match(NOTICE['zh-Hans']).and.to.match(says);
          expect(notice.getBoundingClientRect().height).to.be.greaterThan(10);
        } finally {
          el.remove();
        }
      });
    }
  }

  it('says so in all three languages', async () => {
    const el = await showing('sw-story-list', fresh('/data/report.json'));
    const error = oneEvent(el, 'sw-error');
    el.src = fresh('/__test/fault/http-500');
    await error;
    for (const language of ['zh-Hans', 'zh-Hant', 'en'] as Language[]) {
      el.lang = language;
      await elementUpdated(el);
      expect(staleNotice(el)!.textContent, language).to.match(NOTICE[language]);
    }
    el.remove();
  });

  it('keeps the last good report when an invalid report is set as a property', async () => {
    const el = await fixture<SwElement>(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`);
    el.report = reportCopy((r) => (r.metrics[1].label['zh-Hans'] = '另一个标签'));
    await elementUpdated(el);
    const before = shownData(el);
    expect(before).to.contain('另一个标签');
    const error = oneEvent(el, 'sw-error');
    el.report = reportCopy((r) => (r.places[0].provinceCode = 'guangdong'));
    expect(((await error) as CustomEvent<SwErrorDetail>).detail.field).to.equal('places[0].provinceCode');
    await elementUpdated(el);
    expect(shownData(el)).to.equal(before);
    expect(staleNotice(el)!.textContent).to.contain('places[0].provinceCode');
  });

  it('drops the notice once a new src loads', async () => {
    const el = await showing('sw-region-map', fresh('/data/report.json'));
    const error = oneEvent(el, 'sw-error');
    el.src = fresh('/__test/fault/http-404');
    await error;
    await elementUpdated(el);
    expect(staleNotice(el)).to.exist;
    const ready = oneEvent(el, 'sw-ready');
    el.src = fresh('/data/report.json');
    await ready;
    await elementUpdated(el);
    expect(staleNotice(el)).to.equal(null);
    el.remove();
  });

  it('never lets a late answer to an older src replace a newer one', async () => {
    // The slow good report answers after the newer src has failed: the failure stands, over the report shown before.
    const el = await showing('sw-stat-card', fresh('/data/report.json'));
    const before = shownData(el);
    const events: string[] = [];
    el.addEventListener('sw-ready', () => events.push('ready'));
    el.addEventListener('sw-error', () => events.push('error'));
    const slow = fresh('/__test/fault/slow?ms=300');
    el.src = slow;
    await elementUpdated(el);
    el.src = fresh('/__test/fault/http-404');
    await until(() => events.includes('error'), 'the newer src failed');
    // The late answer itself: the loader shares one request per URL, and the element heard it before this test does.
    await loadReport(slow);
    await elementUpdated(el);
    expect(events).to.deep.equal(['error']);
    expect(shownData(el)).to.equal(before);
    expect(staleNotice(el)!.textContent).to.contain('404');

    // And an older src that times out after a newer one loaded changes nothing (the timeout is read with each src).
    el.timeout = 400;
    const never = fresh('/__test/never');
    el.src = never;
    await elementUpdated(el);
    const ready = oneEvent(el, 'sw-ready');
    el.timeout = NO_TIMEOUT_MS;
    el.src = fresh('/data/report.json');
    await ready;
    // The older request's timeout, as the element heard it (the same shared request).
    await loadReport(never, { timeoutMs: 400 }).catch(() => {});
    await elementUpdated(el);
    expect(events).to.deep.equal(['error', 'ready']);
    expect(staleNotice(el)).to.equal(null);
    el.remove();
  });

  it('wraps a long message at a narrow width instead of overflowing', async () => {
    const el = await showing('sw-stat-card', fresh('/data/report.json'));
    el.style.width = '200px';
    const error = oneEvent(el, 'sw-error');
    el.src = fresh(`/__test/fault/http-404?${'long-query-parameter-'.repeat(8)}`);
    await error;
    await elementUpdated(el);
    const notice = staleNotice(el)!;
    expect(notice.scrollWidth).to.be.at.most(notice.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.equal(200);
    el.remove();
  });

  it('the notice is accessible, light and dark', async () => {
    const el = await showing('sw-stat-card', fresh('/data/report.json'));
    const error = oneEvent(el, 'sw-error');
    el.src = fresh('/__test/fault/not-json');
    await error;
    await elementUpdated(el);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await elementUpdated(el);
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('one failing element among several', () => {
  it('leaves the others untouched', async () => {
    const good = fresh('/data/report.json');
    const wrapper = await fixture<HTMLElement>(html`<div>
      <sw-stat-card id="card" src=${good} no-count-up></sw-stat-card>
      <sw-region-map id="map" src=${good}></sw-region-map>
      <sw-story-list id="list" src=${good} for="map"></sw-story-list>
    </div>`);
    const others = [...wrapper.querySelectorAll<SwElement>('sw-stat-card, sw-region-map, sw-story-list')];
    await until(
      () => others.every((el) => shownData(el).length > 50 && !root(el).querySelector('[part="placeholder"]')),
      'all three show the report',
    );
    const before = others.map(shownData);
    const seen: string[] = [];
    for (const el of others) {
      el.addEventListener('sw-error', () => seen.push(`error on ${el.id}`));
      el.addEventListener('sw-ready', () => seen.push(`ready on ${el.id}`));
    }

    // A fourth element with a broken src, an element with an attribute error, and one whose report property is invalid.
    const broken = document.createElement('sw-stat-card') as SwElement;
    broken.src = fresh('/__test/fault/truncated');
    const unknownMetric = document.createElement('sw-region-map') as SwElement;
    unknownMetric.setAttribute('metric', 'no-such-metric');
    const invalid = document.createElement('sw-story-list') as SwElement;
    invalid.report = { id: 'x' };
    const failures = [broken, unknownMetric, invalid].map((el) => oneEvent(el, 'sw-error'));
    wrapper.append(broken, unknownMetric, invalid);
    await Promise.all(failures);
    await Promise.all([broken, unknownMetric, invalid, ...others].map((el) => el.updateComplete));

    expect(
      seen.filter((event) => event.startsWith('error on') && others.some((el) => event.endsWith(el.id))),
    ).to.deep.equal([]);
    expect(others.map(shownData)).to.deep.equal(before);
    for (const el of others) {
      expect(errorBox(el), el.id).to.equal(null);
      expect(staleNotice(el), el.id).to.equal(null);
    }
    for (const el of [broken, unknownMetric, invalid]) expect(errorBox(el), el.localName).to.exist;
  });

  it('a list following a map whose report fails still shows its stories', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <sw-region-map id="failing-map" src=${fresh('/__test/fault/http-500')}></sw-region-map>
      <sw-story-list for="failing-map"></sw-story-list>
    </div>`);
    const map = wrapper.querySelector<SwElement>('sw-region-map')!;
    const list = wrapper.querySelector<SwElement>('sw-story-list')!;
    await until(() => errorBox(map), 'the map says why');
    await elementUpdated(list);
    expect(root(list).querySelectorAll('article')).to.have.length(4);
    expect(errorBox(list)).to.equal(null);
  });

  it('elements sharing a failing src each say why, from one request', async () => {
    const url = fresh('/__test/fault/not-json');
    const realFetch = window.fetch;
    let requests = 0;
    window.fetch = (input, init) => {
      if (String(input).includes(url)) requests++;
      return realFetch(input, init);
    };
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <sw-stat-card src=${url}></sw-stat-card><sw-region-map src=${url}></sw-region-map><sw-story-list src=${url}></sw-story-list>
      </div>`);
      const elements = [...wrapper.querySelectorAll<SwElement>('sw-stat-card, sw-region-map, sw-story-list')];
      await until(() => elements.every((el) => errorBox(el)), 'each says why');
      for (const el of elements) expect(errorBox(el)!.textContent).to.contain('不是 JSON');
      expect(requests).to.equal(1);
    } finally {
      window.fetch = realFetch;
    }
  });
});
