/**
 * Network faults for `src`, for each of the three elements: each gives a
 * specific, visible message in the reader's language, fires `sw-error` with a
 * code, and leaves the page usable. The answers come from the test server's
 * /__test/fault/<name> endpoints (web-test-runner.config.mjs).
 */
import { elementUpdated, expect, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import type { SwElement, SwErrorDetail } from '../src/base/sw-element.js';
import { DEFAULT_TIMEOUT_MS, isCutOffJson } from '../src/report/load.js';
import type { Language } from '../src/report/schema.js';
import { probePage } from './probe.js';
import { ENGINE, PAGE_PROBE_CHROMIUM_ONLY, skipUnless } from '../src/test-support/engine.js';

const TAGS = ['sw-stat-card', 'sw-region-map', 'sw-story-list'] as const;
const LANGUAGES: Language[] = ['zh-Hans', 'zh-Hant', 'en'];

interface Fault {
  what: string;
  path: string;
  code: string;
  /**
   * Milliseconds to wait for an answer (the timeout attribute), for the faults that are timeouts. The others have no
   * timeout in play: however slowly a loaded machine reads an answer (5 MB of one included), each must fail its own way.
   */
  timeout?: number;
  /** What the message says, per language. */
  says: Record<Language, RegExp>;
}

const TRUNCATED = { 'zh-Hans': /返回的 JSON 不完整，在第 \d+ 个字符处中断/, 'zh-Hant': /返回的 JSON 不完整，在第 \d+ 個字元處中斷/, en: /is incomplete: its JSON breaks off after \d+ characters/ };
const TOO_LARGE = { 'zh-Hans': /的内容过大（超过 5 MB）/, 'zh-Hant': /的內容過大（超過 5 MB）/, en: /is too large \(over 5 MB\)/ };
/** An element timeout longer than any test may run. */
const NO_TIMEOUT_MS = 600_000;
const TIMED_OUT = { 'zh-Hans': /在 0\.3 秒内没有响应/, 'zh-Hant': /在 0\.3 秒內沒有回應/, en: /did not answer within 0\.3 s/ };

const FAULTS: Fault[] = [
  { what: 'a missing report (404)', path: '/__test/fault/http-404', code: 'http-status', says: { 'zh-Hans': /返回错误 404/, 'zh-Hant': /返回錯誤 404/, en: /answered with error 404/ } },
  { what: 'a server error (500)', path: '/__test/fault/http-500', code: 'http-status', says: { 'zh-Hans': /返回错误 500/, 'zh-Hant': /返回錯誤 500/, en: /answered with error 500/ } },
  { what: 'a server that never answers', path: '/__test/never', code: 'timeout', timeout: 300, says: TIMED_OUT },
  { what: 'a server that stops half-way through the body', path: '/__test/fault/stalled-body', code: 'timeout', timeout: 300, says: TIMED_OUT },
  {
    what: 'a body that is not JSON',
    path: '/__test/fault/not-json',
    code: 'not-json',
    says: {
      'zh-Hans': /返回的不是 JSON（开头是“Service temporarily unavailable\. Please …”）/,
      'zh-Hant': /返回的不是 JSON（開頭是「Service temporarily unavailable\. Please …」）/,
      en: /is not JSON \(it begins “Service temporarily unavailable\. Please …”\)/,
    },
  },
  { what: 'an empty body', path: '/__test/fault/empty', code: 'not-json', says: { 'zh-Hans': /返回的不是 JSON（内容为空）/, 'zh-Hant': /返回的不是 JSON（內容為空）/, en: /is not JSON \(it is empty\)/ } },
  { what: 'a truncated JSON body', path: '/__test/fault/truncated', code: 'truncated-json', says: TRUNCATED },
  {
    what: 'an HTML page served instead (wrong content type)',
    path: '/__test/fault/html',
    code: 'wrong-content-type',
    says: { 'zh-Hans': /返回的是 text\/html 类型的内容，不是 JSON/, 'zh-Hant': /返回的是 text\/html 類型的內容，不是 JSON/, en: /is served as text\/html, not JSON/ },
  },
  {
    what: 'the report served as an image (wrong content type)',
    path: '/__test/fault/wrong-type',
    code: 'wrong-content-type',
    says: { 'zh-Hans': /返回的是 image\/png 类型的内容/, 'zh-Hant': /返回的是 image\/png 類型的內容/, en: /is served as image\/png, not JSON/ },
  },
  { what: 'a 20 MB body with a content-length', path: '/__test/fault/huge', code: 'too-large', says: TOO_LARGE },
  { what: 'a 20 MB body streamed without a content-length', path: '/__test/fault/huge-chunked', code: 'too-large', says: TOO_LARGE },
  {
    what: 'a server that cannot be reached',
    // Port 9 (discard) has nothing listening on the test machine: the connection is refused.
    path: 'http://127.0.0.1:9/report.json',
    code: 'network',
    says: { 'zh-Hans': /无法连接到报告地址 http:\/\/127\.0\.0\.1:9\/report\.json/, 'zh-Hant': /無法連接到報告地址/, en: /Cannot reach the report at http:\/\/127\.0\.0\.1:9/ },
  },
  {
    what: 'JSON that is not a report',
    path: '/package.json',
    code: 'invalid-report',
    says: { 'zh-Hans': /的数据有误：id：必须填写（另有 \d+ 处）/, 'zh-Hant': /的資料有誤：id：必須填寫/, en: /is invalid: id: is required \(\+\d+\)/ },
  },
];

let counter = 0;
/** A URL no other test has asked for (the loader shares one request per URL). */
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}fault-test=${++counter}`;

const alertOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"][role="alert"]');
const alertText = (el: Element) => alertOf(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Puts `tag` with `src` (and `timeout`, else none in play) on the page and resolves with its sw-error. */
async function failingElement(tag: string, src: string, timeout = NO_TIMEOUT_MS): Promise<{ el: SwElement; detail: SwErrorDetail }> {
  const el = document.createElement(tag) as SwElement;
  el.timeout = timeout;
  el.src = src;
  const error = oneEvent(el, 'sw-error');
  document.body.append(el);
  const detail = ((await error) as CustomEvent<SwErrorDetail>).detail;
  await elementUpdated(el);
  return { el, detail };
}

describe('network faults for src', () => {
  for (const fault of FAULTS) {
    describe(fault.what, () => {
      for (const tag of TAGS) {
        it(`<${tag}> shows a specific message in three languages and fires sw-error (${fault.code})`, async () => {
          const { el, detail } = await failingElement(tag, fresh(fault.path), fault.timeout);
          try {
            expect(detail.code).to.equal(fault.code);
            expect(detail.field).to.equal(fault.code === 'invalid-report' ? 'id' : 'src');
            // Visible: a box with the message, not an empty element.
            const alert = alertOf(el)!;
            expect(alert, 'the error box').to.exist;
            expect(alert.getBoundingClientRect().height).to.be.greaterThan(20);
            expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
            expect(alertText(el)).to.contain(detail.message);
            expect(el.shadowRoot!.querySelector('[part="placeholder"]'), 'no loading placeholder left').to.equal(null);
            for (const language of LANGUAGES) {
              el.lang = language;
              await elementUpdated(el);
              expect(alertText(el), language).to.match(fault.says[language]);
            }
          } finally {
            el.remove();
          }
        });
      }
    });
  }

  it('gives up after 10 s by default and says so', async () => {
    // Waiting 10 s is not needed to know the element asked for 10 s: the loader's timer is shortened here.
    const realSetTimeout = window.setTimeout;
    const asked: number[] = [];
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      if (ms === DEFAULT_TIMEOUT_MS) {
        asked.push(ms);
        ms = 20;
      }
      return realSetTimeout(handler, ms, ...rest);
    }) as typeof window.setTimeout;
    const el = document.createElement('sw-stat-card') as SwElement;
    el.src = fresh('/__test/never');
    const error = oneEvent(el, 'sw-error');
    let detail: SwErrorDetail;
    try {
      document.body.append(el);
      // Until the error: the loader (loaded on demand) may start its timer after the first update.
      detail = ((await error) as CustomEvent<SwErrorDetail>).detail;
    } finally {
      window.setTimeout = realSetTimeout;
    }
    await elementUpdated(el);
    expect(DEFAULT_TIMEOUT_MS).to.equal(10_000);
    expect(el.timeout).to.equal(10_000);
    expect(asked).to.deep.equal([10_000]);
    expect(detail.code).to.equal('timeout');
    expect(alertText(el)).to.match(/在 10 秒内没有响应/);
    el.remove();
  });

  it('refuses a 20 MB body without reading all of it', async () => {
    // The limit is checked while the body streams in: this body stops after 6 MB and never ends, so an element that
    // read it all before counting would never get to say it is too large.
    const { el, detail } = await failingElement('sw-story-list', fresh('/__test/fault/huge-stalled'));
    expect(detail.code).to.equal('too-large');
    el.remove();
  });

  it('tells a truncated body from one that is not JSON', () => {
    expect(isCutOffJson('{"id": "x", "title": {"zh-Hans": "标')).to.equal(true);
    expect(isCutOffJson('[1, 2, {"a": [')).to.equal(true);
    expect(isCutOffJson('{"text": "a \\" quote", "b": [1, 2]')).to.equal(true);
    expect(isCutOffJson('{"a": 1}}')).to.equal(false);
    expect(isCutOffJson('{"a": tru}')).to.equal(false);
    expect(isCutOffJson('<!doctype html>')).to.equal(false);
    expect(isCutOffJson('')).to.equal(false);
  });

  it('recovers when src is pointed at a good report again', async () => {
    const { el } = await failingElement('sw-stat-card', fresh('/__test/fault/http-500'));
    const ready = oneEvent(el, 'sw-ready');
    el.src = fresh('/data/report.json');
    await ready;
    await elementUpdated(el);
    expect(alertOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('超32万');
    el.remove();
  });

  it('the error box is accessible in the light and dark themes', async () => {
    const { el } = await failingElement('sw-region-map', fresh('/__test/fault/truncated'));
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await elementUpdated(el);
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('a partner page where every report fails', () => {
  it('shows each message, throws nothing and stays usable', async function () {
    skipUnless(this, ENGINE === 'chromium', PAGE_PROBE_CHROMIUM_ONLY);
    // The built classic bundle on a page of the same origin, each element failing differently, and a button of the page's own.
    const page = await probePage<{ alerts: string[]; clicks: number; typed: string }>('/__test/blank', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="{origin}/cdn/sw-widgets.iife.js"></script></head><body>
        <button id="own" onclick="this.dataset.clicks = Number(this.dataset.clicks || 0) + 1">page button</button><input id="field">
        <sw-stat-card src="{origin}/__test/fault/http-500"></sw-stat-card>
        <sw-region-map src="{origin}/__test/fault/huge-chunked"></sw-region-map>
        <sw-story-list src="{origin}/__test/never" timeout="500"></sw-story-list>
        <sw-stat-card src="{origin}/__test/fault/truncated"></sw-stat-card>
        <sw-region-map src="{origin}/__test/fault/html"></sw-region-map>
        <sw-story-list src="{origin}/__test/fault/not-json"></sw-story-list>
      </body></html>`,
      waitFor: `[...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].every((el) => el.shadowRoot?.querySelector('[role=alert]'))`,
      evaluate: `(() => {
        const button = document.getElementById('own');
        button.click(); button.click();
        const field = document.getElementById('field');
        field.focus(); field.value = 'still works';
        return {
          alerts: [...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].map((el) => el.shadowRoot.querySelector('[role=alert]').textContent),
          clicks: Number(button.dataset.clicks),
          typed: document.activeElement === field ? field.value : '',
        };
      })()`,
    });
    expect(page.waitTimedOut, 'every element shows its message').to.equal(false);
    expect(page.pageErrors).to.deep.equal([]);
    // The browser itself logs the failed requests (500); nothing else may be logged as an error.
    expect(page.consoleErrors.filter((message) => !/Failed to load resource/.test(message))).to.deep.equal([]);
    const [serverError, tooLarge, timedOut, truncated, html, notJson] = page.result.alerts;
    expect(serverError).to.match(/answered with error 500/);
    expect(tooLarge).to.match(/too large/);
    expect(timedOut).to.match(/did not answer within 0\.5 s/);
    expect(truncated).to.match(/breaks off/);
    expect(html).to.match(/served as text\/html/);
    expect(notJson).to.match(/is not JSON/);
    expect(page.result.clicks).to.equal(2);
    expect(page.result.typed).to.equal('still works');
  });
});
