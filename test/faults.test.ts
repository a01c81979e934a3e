/**
 * Network faults for `src`, for each of the three elements: each gives a
 * specific, visible message in the reader's language that says what the site
 * owner can do, fires `sw-error` with a code, and leaves the page usable; a
 * report on another site that does not allow this page (CORS) is told from one
 * that cannot be reached. The answers come from the test server's
 * /__test/fault/<name> endpoints (web-test-runner.config.mjs).
 */
import { elementUpdated, expect, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import type { SwElement, SwErrorDetail } from '../src/base/sw-element.js';
import { DEFAULT_TIMEOUT_MS, isCutOffJson, ReportLoadError } from '../src/report/load.js';
import { describeLoadFailure } from '../src/report/report-checks.js';
import { SHARED_MESSAGES } from '../src/format/messages.js';
import type { Language } from '../src/report/schema.js';
import { probePage } from './support/probe.js';
import { until } from './support/wait.js';
import { ENGINE, PAGE_PROBE_CHROMIUM_ONLY, skipUnless } from './support/engine.js';

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

// Each message says what went wrong and what the site owner can do about it.
const TRUNCATED = {
  'zh-Hans': /返回的 JSON 不完整，在第 \d+ 个字符处中断：请重新上传报告文件。/,
  'zh-Hant': /返回的 JSON 不完整，在第 \d+ 個字元處中斷：請重新上載報告檔案。/,
  en: /is incomplete: its JSON breaks off after \d+ characters\. Upload the report file again\./,
};
const TOO_LARGE = {
  'zh-Hans': /的内容过大（超过 5 MB）：请检查地址是否指向报告文件。/,
  'zh-Hant': /的內容過大（超過 5 MB）：請檢查地址是否指向報告檔案。/,
  en: /is too large \(over 5 MB\): check that the address is the report file\./,
};
/** An element timeout longer than any test may run. */
const NO_TIMEOUT_MS = 600_000;
const TIMED_OUT = {
  'zh-Hans': /在 0\.3 秒内没有响应：服务器太慢或不可用，请稍后再试。/,
  'zh-Hant': /在 0\.3 秒內沒有回應：伺服器太慢或不可用，請稍後再試。/,
  en: /did not answer within 0\.3 s: its server is slow or down\. Try again later\./,
};
/** The test server reached as 127.0.0.1 while the tests run on localhost: another origin (web-test-runner.config.mjs). */
const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;
const CROSS_ORIGIN = {
  'zh-Hans': new RegExp(
    `所在的网站不允许本页读取它（跨域访问被拒绝）：请该网站为报告文件加上响应头 Access-Control-Allow-Origin: \\*（或 ${location.origin}），或把报告放到本站。`,
  ),
  'zh-Hant': new RegExp(
    `所在的網站不允許本頁讀取它（跨域存取被拒絕）：請該網站為報告檔案加上回應標頭 Access-Control-Allow-Origin: \\*（或 ${location.origin}），或把報告放到本站。`,
  ),
  en: new RegExp(
    `does not let this page read it \\(CORS\\): ask that site to send the header Access-Control-Allow-Origin: \\* \\(or ${location.origin}\\) with the report, or put the report on this site\\.`,
  ),
};

const FAULTS: Fault[] = [
  {
    what: 'a missing report (404)',
    path: '/__test/fault/http-404',
    code: 'http-status',
    says: {
      'zh-Hans': /返回错误 404：找不到文件。请检查地址，以及报告文件是否已上传。/,
      'zh-Hant': /返回錯誤 404：找不到檔案。請檢查地址，以及報告檔案是否已上載。/,
      en: /answered with error 404: no file there\. Check the address, and that the report file is uploaded\./,
    },
  },
  {
    what: 'a server error (500)',
    path: '/__test/fault/http-500',
    code: 'http-status',
    says: {
      'zh-Hans': /返回错误 500：服务器出错。请稍后再试。/,
      'zh-Hant': /返回錯誤 500：伺服器出錯。請稍後再試。/,
      en: /answered with error 500: the server failed\. Try again later\./,
    },
  },
  {
    what: 'a report on another site that does not allow this page (CORS)',
    path: `${OTHER_ORIGIN}/__test/no-cors/report.json`,
    code: 'cross-origin',
    says: CROSS_ORIGIN,
  },
  {
    what: 'a report on another site that allows another origin only (CORS)',
    path: `${OTHER_ORIGIN}/__test/no-cors/report.json?allow=https://partner.example`,
    code: 'cross-origin',
    says: CROSS_ORIGIN,
  },
  { what: 'a server that never answers', path: '/__test/never', code: 'timeout', timeout: 300, says: TIMED_OUT },
  {
    what: 'a server that stops half-way through the body',
    path: '/__test/fault/stalled-body',
    code: 'timeout',
    timeout: 300,
    says: TIMED_OUT,
  },
  {
    what: 'a body that is not JSON',
    path: '/__test/fault/not-json',
    code: 'not-json',
    says: {
      'zh-Hans':
        /返回的不是 JSON（开头是“Service temporarily unavailable\. Please …”）：请检查地址是否指向报告的 \.json 文件。/,
      'zh-Hant':
        /返回的不是 JSON（開頭是「Service temporarily unavailable\. Please …」）：請檢查地址是否指向報告的 \.json 檔案。/,
      en: /is not JSON \(it begins “Service temporarily unavailable\. Please …”\): check that the address is the report's \.json file\./,
    },
  },
  {
    what: 'an empty body',
    path: '/__test/fault/empty',
    code: 'not-json',
    says: {
      'zh-Hans': /返回的不是 JSON（内容为空）/,
      'zh-Hant': /返回的不是 JSON（內容為空）/,
      en: /is not JSON \(it is empty\)/,
    },
  },
  { what: 'a truncated JSON body', path: '/__test/fault/truncated', code: 'truncated-json', says: TRUNCATED },
  {
    what: 'an HTML page served instead (wrong content type)',
    path: '/__test/fault/html',
    code: 'wrong-content-type',
    says: {
      'zh-Hans': /返回的是 text\/html 类型的内容，不是 JSON：请检查地址是否指向报告的 \.json 文件。/,
      'zh-Hant': /返回的是 text\/html 類型的內容，不是 JSON：請檢查地址是否指向報告的 \.json 檔案。/,
      en: /is served as text\/html, not JSON: check that the address is the report's \.json file\./,
    },
  },
  {
    what: 'the report served as an image (wrong content type)',
    path: '/__test/fault/wrong-type',
    code: 'wrong-content-type',
    says: {
      'zh-Hans': /返回的是 image\/png 类型的内容/,
      'zh-Hant': /返回的是 image\/png 類型的內容/,
      en: /is served as image\/png, not JSON/,
    },
  },
  { what: 'a 20 MB body with a content-length', path: '/__test/fault/huge', code: 'too-large', says: TOO_LARGE },
  {
    what: 'a 20 MB body streamed without a content-length',
    path: '/__test/fault/huge-chunked',
    code: 'too-large',
    says: TOO_LARGE,
  },
  {
    what: 'a server that cannot be reached',
    // Port 9 (discard) has nothing listening on the test machine: the connection is refused.
    path: 'http://127.0.0.1:9/report.json',
    code: 'network',
    says: {
      'zh-Hans': /无法连接到报告地址 http:\/\/127\.0\.0\.1:9\/report\.json\S*：请检查地址是否正确、服务器是否在运行。/,
      'zh-Hant': /無法連接到報告地址 \S+：請檢查地址是否正確、伺服器是否在運行。/,
      en: /Cannot reach the report at http:\/\/127\.0\.0\.1:9\/report\.json\S*: check the address, and that its server is running\./,
    },
  },
  {
    what: 'JSON that is not a report',
    path: '/package.json',
    code: 'invalid-report',
    says: {
      'zh-Hans': /的数据有误：id：必须填写（另有 \d+ 处）/,
      'zh-Hant': /的資料有誤：id：必須填寫/,
      en: /is invalid: id: is required \(\+\d+\)/,
    },
  },
];

let counter = 0;
/** A URL no other test has asked for (the loader shares one request per URL). */
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}fault-test=${++counter}`;

const alertOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"][role="alert"]');
const alertText = (el: Element) => alertOf(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Puts `tag` with `src` (and `timeout`, else none in play) on the page and resolves with its sw-error. */
async function failingElement(
  tag: string,
  src: string,
  timeout = NO_TIMEOUT_MS,
): Promise<{ el: SwElement; detail: SwErrorDetail }> {
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

describe('a report on another site (CORS)', () => {
  it('loads when that site allows this page: the refusal above comes from the missing header alone', async () => {
    const el = document.createElement('sw-story-list') as SwElement;
    el.src = fresh(`${OTHER_ORIGIN}/__test/no-cors/report.json?allow=${encodeURIComponent(location.origin)}`);
    const ready = oneEvent(el, 'sw-ready');
    document.body.append(el);
    await ready;
    await elementUpdated(el);
    expect(alertOf(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('article, li').length).to.be.greaterThan(0);
    el.remove();
  });

  it('the embed page shows why, in the widget’s language', async () => {
    // cdn/embed.html as a bundle with --allow-origin 127.0.0.1 writes it (the page may fetch from there), in an iframe.
    for (const [lang, says] of [
      ['zh-Hans', /跨域访问被拒绝.*Access-Control-Allow-Origin/],
      ['en', /\(CORS\): ask that site to send the header Access-Control-Allow-Origin/],
    ] as const) {
      const frame = document.createElement('iframe');
      frame.title = 'embed';
      frame.src = `/cdn/embed-allowing.html?el=story-list&lang=${lang}&src=${encodeURIComponent(fresh(`${OTHER_ORIGIN}/__test/no-cors/report.json`))}`;
      document.body.append(frame);
      try {
        const alert = () =>
          frame.contentDocument?.querySelector('sw-story-list')?.shadowRoot?.querySelector('[role="alert"]')
            ?.textContent ?? '';
        await until(() => alert() !== '', 'the widget in the embed page shows an error');
        expect(alert()).to.match(says);
        expect(frame.contentDocument!.documentElement.lang).to.equal(lang);
      } finally {
        frame.remove();
      }
    }
  });

  it('words each failure by what the site owner can do: not found, not allowed, server error, http from https', () => {
    const say = (error: ReportLoadError, language: Language = 'en') =>
      describeLoadFailure(error, 10_000).describe(SHARED_MESSAGES[language], language);
    const url = 'http://data.example.cn/r.json';
    expect(say(new ReportLoadError('http-status', url, 'HTTP 410', { status: 410 }))).to.match(
      /error 410: no file there\. Check the address/,
    );
    expect(say(new ReportLoadError('http-status', url, 'HTTP 403', { status: 403 }))).to.match(
      /error 403: not allowed\. The report file must be public \(no sign-in\)\.$/,
    );
    expect(say(new ReportLoadError('http-status', url, 'HTTP 401', { status: 401 }), 'zh-Hans')).to.match(
      /返回错误 401：不允许读取。报告文件应公开可读（无需登录）。$/,
    );
    expect(say(new ReportLoadError('http-status', url, 'HTTP 503', { status: 503 }), 'zh-Hant')).to.match(
      /返回錯誤 503：伺服器出錯。/,
    );
    expect(say(new ReportLoadError('http-status', url, 'HTTP 418', { status: 418 }))).to.match(
      /error 418: check the address\.$/,
    );
    expect(say(new ReportLoadError('network', url, 'Failed to fetch', { insecure: true }))).to.equal(
      `Cannot reach the report at ${url}: an https page cannot read an http address. Publish the report at an https address.`,
    );
    expect(say(new ReportLoadError('network', url, 'Failed to fetch', { insecure: true }), 'zh-Hans')).to.equal(
      `无法连接到报告地址 ${url}：https 网页不能读取 http 地址，请把报告放到 https 地址。`,
    );
    const cors = describeLoadFailure(
      new ReportLoadError('cross-origin', url, 'Failed to fetch', { pageOrigin: 'https://news.example' }),
      10_000,
    );
    expect(cors.code).to.equal('cross-origin');
    expect(cors.field).to.equal('src');
    expect(cors.describe(SHARED_MESSAGES['zh-Hans'], 'zh-Hans')).to.contain(
      '跨域访问被拒绝）：请该网站为报告文件加上响应头 Access-Control-Allow-Origin: *（或 https://news.example）',
    );
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
