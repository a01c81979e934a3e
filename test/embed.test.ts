import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { EMBED_MESSAGES } from '../src/embed/embed.messages.js';
import { parseEmbedQuery } from '../src/embed/embed-query.js';
import { renderEmbed } from '../src/embed/embed-render.js';
import { probePage } from './support/probe.js';
import { until } from './support/wait.js';

// cdn/embed.html in iframes of a partner page, as the builder's iframe snippet makes them.

/** A partner page with one iframe that records the heights the embed posts. */
const hostPage = (query: string, extra = '') => `<!doctype html><html><head><meta charset="utf-8"></head><body>
<script>
  window.posted = [];
  addEventListener('message', (event) => {
    if (event.data && event.data.type === 'sw-embed-height' && event.source === document.querySelector('iframe').contentWindow) window.posted.push(event.data.height);
  });
</script>
<iframe src="{origin}/cdn/embed.html${query}" title="embed" width="360" height="100" frameborder="0"></iframe>
${extra}
</body></html>`;

/** What the page inside the iframe shows, and the heights it posted. */
const inside = `(() => {
  const frame = document.querySelector('iframe');
  const doc = frame.contentDocument;
  const widgets = [...doc.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')];
  return {
    posted: window.posted,
    contentHeight: Math.ceil(doc.documentElement.getBoundingClientRect().height),
    frameHeight: frame.getBoundingClientRect().height,
    scrolls: doc.documentElement.scrollHeight > doc.documentElement.clientHeight,
    lang: doc.documentElement.lang,
    title: doc.title,
    background: getComputedStyle(doc.body).backgroundColor,
    widgets: widgets.map((el) => ({
      tag: el.localName,
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      text: (el.shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ').trim(),
      error: el.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? null,
    })),
    pageError: doc.querySelector('.embed-error') ? { role: doc.querySelector('.embed-error').getAttribute('role'), text: doc.querySelector('.embed-error').textContent } : null,
  };
})()`;

interface Inside {
  posted: number[];
  contentHeight: number;
  frameHeight: number;
  scrolls: boolean;
  lang: string;
  title: string;
  background: string;
  widgets: Array<{ tag: string; attributes: Record<string, string>; text: string; error: string | null }>;
  pageError: { role: string; text: string } | null;
}

/** Waits until the widget has rendered and posted a height that matches its content. */
const settled = (rendered: string) => `(() => {
  const doc = document.querySelector('iframe')?.contentDocument;
  if (!doc || !window.posted.length || !(${rendered})) return false;
  return window.posted[window.posted.length - 1] === Math.ceil(doc.documentElement.getBoundingClientRect().height);
})()`;
const shadow = (tag: string, selector: string) =>
  `doc.querySelector('${tag}')?.shadowRoot?.querySelector('${selector}')`;

describe('cdn/embed.html', () => {
  const cases: Array<[string, string, (result: Inside) => void]> = [
    [
      '?el=stat-card&metric=chaozhou-volunteers&lang=en&theme=dark',
      shadow('sw-stat-card', '.card'),
      (r) => {
        expect(r.widgets.map((w) => w.tag)).to.deep.equal(['sw-stat-card']);
        expect(r.widgets[0].attributes).to.include({ metric: 'chaozhou-volunteers', lang: 'en', theme: 'dark' });
        expect(r.widgets[0].text).to.contain('over 320,000');
        expect(r.lang).to.equal('en');
        expect(r.title).to.equal('Stat card · sw-widgets');
      },
    ],
    [
      '?el=region-map&metric=zhuanglang-stations&selected=620000&tools',
      shadow('sw-region-map', '.root'),
      (r) => {
        expect(r.widgets[0].attributes).to.include({ metric: 'zhuanglang-stations', selected: '620000', tools: '' });
        expect(r.widgets[0].text).to.contain('下载图片');
        expect(r.lang).to.equal('zh-Hans');
      },
    ],
    [
      '?el=region-map&layout=geo&lang=en',
      `doc.querySelector('sw-region-map')?.shadowRoot?.querySelectorAll('[part~="region-shape"]').length === 34`,
      (r) => {
        expect(r.widgets[0].attributes).to.include({ layout: 'geo', lang: 'en' });
        expect(r.widgets[0].text).to.contain('SouthChina SeaIslands');
      },
    ],
    [
      '?el=story-list&region=440000&limit=1&sort=title&lang=zh-HK',
      shadow('sw-story-list', 'article'),
      (r) => {
        expect(r.widgets[0].attributes).to.include({ region: '440000', limit: '1', sort: 'title', lang: 'zh-HK' });
        expect(r.widgets[0].text).to.contain('篩選：廣東省');
        expect(r.lang).to.equal('zh-Hant');
      },
    ],
    [
      '?el=map-list&selected=510000&tag=elderly-care&theme=auto',
      `${shadow('sw-story-list', 'article')} && ${shadow('sw-region-map', '.root')}`,
      (r) => {
        expect(r.widgets.map((w) => w.tag)).to.deep.equal(['sw-region-map', 'sw-story-list']);
        expect(r.widgets[0].attributes).to.include({ id: 'map', selected: '510000', theme: 'auto' });
        expect(r.widgets[1].attributes).to.include({ for: 'map', tag: 'elderly-care', theme: 'auto' });
        expect(r.widgets[1].attributes).not.to.have.property('selected');
        expect(r.widgets[1].text).to.contain('四川省');
      },
    ],
  ];
  for (const [query, rendered, check] of cases) {
    it(`renders ${query} and posts a height that matches its content`, async () => {
      const page = await probePage<Inside>('/__test/blank', {
        html: hostPage(query),
        waitFor: settled(rendered),
        evaluate: inside,
        timeout: 8000,
      });
      expect(page.waitTimedOut, 'rendered and posted its height').to.equal(false);
      expect(page.pageErrors).to.deep.equal([]);
      expect(page.consoleErrors).to.deep.equal([]);
      const result = page.result;
      expect(result.posted.at(-1)).to.equal(result.contentHeight);
      expect(result.contentHeight).to.be.greaterThan(100);
      expect(result.background).to.equal('rgba(0, 0, 0, 0)');
      expect(result.pageError).to.equal(null);
      expect(result.widgets.every((w) => w.error === null)).to.equal(true);
      check(result);
    });
  }

  it('shows a visible error naming an unknown key or a bad value, in the page’s language', async () => {
    for (const [query, message] of [
      ['?el=stat-card&colour=red', '未知参数“colour”：stat-card 没有这个属性'],
      [
        '?el=stat-card&theme=purple&lang=en',
        'The parameter "theme" has an invalid value "purple" (one of light, dark, auto)',
      ],
      ['?metric=chaozhou-volunteers&lang=zh-TW', '缺少參數 el（可選：stat-card, region-map, story-list, map-list）'],
      ['?el=chart', '参数 el 的值“chart”无效（可选：stat-card, region-map, story-list, map-list）'],
    ]) {
      const page = await probePage<Inside>('/__test/blank', {
        html: hostPage(query),
        waitFor: settled(`doc.querySelector('.embed-error')`),
        evaluate: inside,
      });
      expect(page.waitTimedOut, query).to.equal(false);
      expect(page.result.pageError, query).to.deep.equal({
        role: 'alert',
        text: `${query.includes('lang=en') ? 'Cannot show this' : query.includes('zh-TW') ? '無法顯示' : '无法显示'} ${message}`,
      });
      expect(page.result.widgets, query).to.deep.equal([]);
      expect(page.result.posted.at(-1)).to.equal(page.result.contentHeight);
    }
  });

  it('leaves an unknown metric to the element, which shows its own error', async () => {
    const page = await probePage<Inside>('/__test/blank', {
      html: hostPage('?el=stat-card&metric=nope'),
      waitFor: settled(shadow('sw-stat-card', '[part~="error"]')),
      evaluate: inside,
    });
    expect(page.result.widgets[0].error).to.contain('未找到指标“nope”');
    expect(page.result.pageError).to.equal(null);
  });

  it('runs under its own strict policy with no violation, and exports from inside', async () => {
    const page = await probePage<{ png: number[]; csp: string }>('/cdn/embed.html?el=map-list&tools', {
      waitFor: `!!document.querySelector('sw-story-list')?.shadowRoot?.querySelector('article')`,
      evaluate: `(async () => ({
        png: [...new Uint8Array(await (await document.querySelector('sw-region-map').exportImage()).arrayBuffer()).slice(0, 4)],
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
      }))()`,
    });
    expect(page.waitTimedOut).to.equal(false);
    expect(page.cspViolations).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.csp).to.contain("script-src 'self'");
    expect(page.result.png).to.deep.equal([137, 80, 78, 71]);
  });

  it('has no inline script or style', async () => {
    const text = await (await fetch('/cdn/embed.html')).text();
    expect(text).not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(text).not.to.match(/<style|\sstyle=/);
  });
});

describe('cdn/embed.html loads and links only what its publisher allows', function () {
  // The test server is reached as localhost; the same server as 127.0.0.1 is another origin that answers
  // with CORS open to all and counts every request it gets (web-test-runner.config.mjs).
  const other = () => `http://127.0.0.1:${location.port}`;
  // A new query each time: the browser's cache must not answer for the other origin.
  let fresh = 0;
  const bust = () => `?t=${Date.now()}-${fresh++}`;
  const hits = async (): Promise<string[]> => (await fetch('/__test/other-origin-hits?reset')).json();
  const errorBox = `document.querySelector('.embed-error')?.textContent`;
  const firstStory = `document.querySelector('sw-story-list')?.shadowRoot?.querySelector('article h3')?.textContent`;

  it('has a second origin to test with: it answers a page without a policy, and counts the request', async () => {
    await hits();
    const response = await fetch(`${other()}/__test/other-origin/report.json${bust()}`);
    expect((await response.json()).id).to.be.a('string');
    expect(await hits()).to.deep.equal(['/__test/other-origin/report.json']);
  });

  it('refuses a report or geometry on another origin with a visible error naming the key and origin, and makes no request there', async () => {
    await hits();
    for (const [query, message] of [
      [
        `?el=story-list&src=${other()}/__test/other-origin/report.json`,
        `无法显示 参数“src”：本页不从 ${other()} 载入内容（只载入本站和发布者允许的来源的内容）`,
      ],
      [
        `?el=map-list&lang=en&src=${other()}/__test/other-origin/report.json`,
        `Cannot show this The parameter "src": this page does not load content from ${other()} (only from its own site and the origins its publisher allows)`,
      ],
      [
        `?el=region-map&layout=geo&lang=zh-Hant&geo-src=${other()}/__test/other-origin/geo.json`,
        `無法顯示 參數「geo-src」：本頁不從 ${other()} 載入內容（只載入本站和發布者允許的來源的內容）`,
      ],
    ]) {
      const page = await probePage<string>(`/cdn/embed.html${query}`, { waitFor: `!!${errorBox}`, evaluate: errorBox });
      expect(page.waitTimedOut, query).to.equal(false);
      expect(page.result, query).to.equal(message);
      expect(page.pageErrors, query).to.deep.equal([]);
    }
    expect(await hits()).to.deep.equal([]);
  });

  it('loads the same report from its own origin', async () => {
    const page = await probePage<string>(
      `/cdn/embed.html?el=story-list&src=${encodeURIComponent(`/__test/other-origin/report.json${bust()}`)}`,
      { waitFor: `!!${firstStory}`, evaluate: firstStory },
    );
    expect(page.waitTimedOut).to.equal(false);
    expect(page.result).to.contain('庄浪');
    await hits();
  });

  it('loads a report and geometry from an origin listed at build time', async () => {
    await hits();
    const src = encodeURIComponent(`${other()}/__test/other-origin/report.json${bust()}`);
    const geoSrc = encodeURIComponent(`${other()}/__test/other-origin/geo.json${bust()}`);
    const page = await probePage<{ story: string; csp: string; outlines: number }>(
      `/cdn/embed-allowing.html?el=map-list&layout=geo&src=${src}&geo-src=${geoSrc}`,
      {
        waitFor: `!!${firstStory} && (document.querySelector('sw-region-map')?.shadowRoot?.querySelectorAll('path').length ?? 0) > 30`,
        evaluate: `({ story: ${firstStory}, csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content, outlines: document.querySelector('sw-region-map').shadowRoot.querySelectorAll('path').length })`,
      },
    );
    expect(page.waitTimedOut).to.equal(false);
    expect(page.result.story).to.contain('庄浪');
    expect(page.result.csp).to.contain(`connect-src 'self' ${other()};`);
    expect(page.cspViolations).to.deep.equal([]);
    expect((await hits()).sort()).to.deep.equal(['/__test/other-origin/geo.json', '/__test/other-origin/report.json']);
  });

  it('refuses story-href to another origin, unless it is one of the report’s own story URLs', async () => {
    const card = `document.querySelector('sw-stat-card')?.shadowRoot?.querySelector('[part~="story"] a')?.href`;
    const refused = await probePage<string>(
      '/cdn/embed.html?el=stat-card&lang=en&story-href=https://phish.example/claim',
      { waitFor: `!!${errorBox}`, evaluate: errorBox },
    );
    expect(refused.result).to.equal(
      'Cannot show this The parameter "story-href": this page does not link to https://phish.example (only to its own site, the origins its publisher allows and the report\'s own stories)',
    );
    const fromReport = await probePage<string>(
      '/cdn/embed.html?el=stat-card&src=/__test/report-with-story-url.json&story-href=https://news.example/story-1.html',
      { waitFor: `!!${card}`, evaluate: card },
    );
    expect(fromReport.waitTimedOut).to.equal(false);
    expect(fromReport.result).to.equal('https://news.example/story-1.html');
    const notInReport = await probePage<string>(
      '/cdn/embed.html?el=stat-card&src=/__test/report-with-story-url.json&story-href=https://news.example/other.html',
      { waitFor: `!!${errorBox}`, evaluate: errorBox },
    );
    expect(notInReport.result).to.contain('参数“story-href”：本页不链接到 https://news.example');
    const sameOrigin = await probePage<string>('/cdn/embed.html?el=stat-card&story-href=/stories/1.html', {
      waitFor: `!!${card}`,
      evaluate: card,
    });
    expect(sameOrigin.result).to.equal(`${location.origin}/stories/1.html`);
  });

  it('has a policy that blocks a fetch to an unlisted origin even if the check were bypassed', async () => {
    await hits();
    const page = await probePage<string>('/cdn/embed.html?el=stat-card', {
      waitFor: `!!document.querySelector('sw-stat-card')?.shadowRoot?.querySelector('.card')`,
      evaluate: `fetch('${other()}/__test/other-origin/report.json').then(() => 'loaded', () => 'blocked')`,
    });
    expect(page.result).to.equal('blocked');
    expect(page.cspViolations).to.deep.equal([`connect-src ${other()}/__test/other-origin/report.json`]);
    expect(await hits()).to.deep.equal([]);
  });
});

describe('cdn/embed-resize.js', () => {
  it('is a few hundred bytes', async () => {
    const script = await (await fetch('/cdn/embed-resize.js')).text();
    expect(script.length).to.be.below(600);
  });

  it('sets the iframe to its content’s height, so nothing scrolls', async () => {
    const page = await probePage<Inside>('/__test/blank', {
      html: hostPage('?el=story-list&limit=2', '<script src="{origin}/cdn/embed-resize.js"></script>'),
      waitFor: `${settled(shadow('sw-story-list', 'article'))} && Math.round(document.querySelector('iframe').getBoundingClientRect().height) === window.posted[window.posted.length - 1]`,
      evaluate: inside,
    });
    expect(page.waitTimedOut).to.equal(false);
    expect(page.result.frameHeight).to.equal(page.result.contentHeight);
    expect(page.result.scrolls).to.equal(false);
  });

  it('also sizes embeds that posted their height before it loaded', async () => {
    const late = `<script>
      addEventListener('message', function once(event) {
        if (!event.data || event.data.type !== 'sw-embed-height') return;
        removeEventListener('message', once);
        setTimeout(() => { const s = document.createElement('script'); s.src = '{origin}/cdn/embed-resize.js'; document.body.append(s); }, 500);
      });
    </script>`;
    const page = await probePage<Inside>('/__test/blank', {
      html: hostPage('?el=stat-card', late),
      waitFor: `document.querySelectorAll('script[src]').length === 1 && Math.round(document.querySelector('iframe').getBoundingClientRect().height) === window.posted[window.posted.length - 1] && window.posted.length > 1`,
      evaluate: inside,
      timeout: 8000,
    });
    expect(page.waitTimedOut).to.equal(false);
    expect(page.result.frameHeight).to.equal(page.result.contentHeight);
  });

  it('works on a partner page with a strict policy', async () => {
    const page = await probePage<{ frame: number; content: number }>('/test/pages/csp-embed.html', {
      waitFor: `(() => { const doc = document.querySelector('iframe').contentDocument; return !!doc?.querySelector('sw-story-list')?.shadowRoot?.querySelector('article') && Math.round(document.querySelector('iframe').getBoundingClientRect().height) === Math.ceil(doc.documentElement.getBoundingClientRect().height); })()`,
      evaluate: `({ frame: document.querySelector('iframe').getBoundingClientRect().height, content: document.querySelector('iframe').contentDocument.documentElement.getBoundingClientRect().height })`,
      timeout: 8000,
    });
    expect(page.waitTimedOut).to.equal(false);
    expect(page.cspViolations).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.result.frame).to.equal(Math.ceil(page.result.content));
  });
});

describe('the embed page’s content, as a reader meets it', () => {
  const context = {
    attributesOf: (tag: string) =>
      (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes,
    isDivision: (code: string) => code.length === 6,
    origins: { pageOrigin: location.origin, pageUrl: location.href, allowedOrigins: [] },
  };
  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme: the widgets with their download buttons, and the error box`, async () => {
      const main = await fixture<HTMLElement>(html`<main></main>`);
      renderEmbed(main, parseEmbedQuery(`?el=map-list&tools&theme=${theme}`, context), EMBED_MESSAGES['zh-Hans']);
      await until(
        () =>
          main.querySelector('sw-story-list')?.shadowRoot?.querySelector('article') &&
          main.querySelector('sw-region-map')?.shadowRoot?.querySelector('[part~="tools"]'),
        'rendered',
      );
      await expect(main).to.be.accessible();
      renderEmbed(main, parseEmbedQuery(`?el=stat-card&colour=red&theme=${theme}`, context), EMBED_MESSAGES.en);
      expect(main.querySelector('[role="alert"]')!.textContent).to.equal(
        'Cannot show this Unknown parameter "colour": stat-card has no such attribute',
      );
      await expect(main).to.be.accessible();
    });
  }
});

describe('docs/embed.md', () => {
  it('is "Where scripts are not allowed", with the iframe, image and data routes and a table of platforms', async () => {
    const section = await (await fetch('/docs/embed.md')).text();
    expect(section.startsWith('# Where scripts are not allowed\n')).to.equal(true);
    for (const needle of [
      'cdn/embed.html',
      'embed-resize.js',
      "type: 'sw-embed-height'",
      'exportImage(',
      'exportData()',
      '`tools`',
      '| where it is published | route |',
      'WeChat',
    ]) {
      expect(section, needle).to.contain(needle);
    }
  });
});
