/**
 * Untrusted content: a report from a partner (or an attacker who controls its
 * URL) puts markup and script in every text field and URL field. The elements
 * show it as text, run none of it, and link only to http(s) URLs.
 */
import { aTimeout, elementUpdated, expect, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import type { SwElement, SwErrorDetail } from '../src/base/sw-element.js';
import { clearReportCache } from '../src/report/load.js';
import type { Language, Report } from '../src/report/schema.js';
import { reportBlobUrl, reportCopy } from './support/report-fixtures.js';

declare global {
  interface Window {
    /** Called by every payload that manages to run. */
    __xss?: (marker: string) => void;
  }
}

const LANGUAGES: Language[] = ['zh-Hans', 'zh-Hant', 'en'];

/** Markup that would call window.__xss if it were parsed or evaluated; `[n]` marks which field it came from. */
const TEMPLATES = [
  (m: string) => `<img src=x onerror="__xss('${m}')">${m}`,
  (m: string) => `<script>__xss('${m}')</script>${m}`,
  (m: string) => `"><svg onload=__xss('${m}')>${m}`,
  (m: string) => `<iframe srcdoc="<script>parent.__xss('${m}')</script>"></iframe>${m}`,
  (m: string) => `\${__xss('${m}')}{{constructor.constructor("__xss('${m}')")()}}${m}`,
  (m: string) => `<a href="javascript:__xss('${m}')">${m}</a>`,
  (m: string) => `</style><style>:host{display:none}</style><!--${m}-->`,
  (m: string) => `<?lit$123$>&lt;b&gt;${m}&amp;</b>`,
  (m: string) => `<details open ontoggle=__xss('${m}')>${m}`,
  (m: string) => `\u202e${m}<math><mi xlink:href="javascript:__xss('${m}')">x</mi></math>`,
];

interface Planted {
  marker: string;
  payload: string;
  path: string;
}

/** Replaces every localized text of the report (every language) with a payload naming its path. */
function plantPayloads(report: Report): Planted[] {
  const planted: Planted[] = [];
  const visit = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}[${i}]`));
    const record = node as Record<string, unknown>;
    if (typeof record['zh-Hans'] === 'string') {
      for (const language of LANGUAGES) {
        const marker = `[${planted.length}]`;
        const payload = TEMPLATES[planted.length % TEMPLATES.length](marker);
        planted.push({ marker, payload, path: `${path}.${language}` });
        record[language] = payload;
      }
      return;
    }
    for (const [key, value] of Object.entries(record)) visit(value, path ? `${path}.${key}` : key);
  };
  visit(report, '');
  return planted;
}

/** Every element of the shadow tree. */
const allElements = (el: Element) => [...el.shadowRoot!.querySelectorAll('*')];
/** Text a reader sees or hears: text nodes, plus accessible names and values written into attributes. */
function readableText(el: Element): string {
  const attributes = allElements(el).flatMap((node) =>
    ['aria-label', 'aria-valuetext', 'title'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [el.shadowRoot!.textContent ?? '', ...attributes].join('\n');
}

/** Nothing in the shadow tree came from the payloads: no new kinds of elements, no handlers, only http(s) links. */
function expectNoMarkupFromPayloads(el: Element): void {
  const tags = new Set(allElements(el).map((node) => node.localName));
  for (const forbidden of [
    'img',
    'script',
    'iframe',
    'style',
    'details',
    'math',
    'object',
    'embed',
    'foreignobject',
    'use',
  ]) {
    expect(tags.has(forbidden), `<${forbidden}> in <${el.localName}>`).to.equal(false);
  }
  for (const node of allElements(el)) {
    for (const attribute of node.getAttributeNames())
      expect(attribute.startsWith('on'), `${attribute} on <${node.localName}>`).to.equal(false);
  }
  for (const link of el.shadowRoot!.querySelectorAll('[href], [src], [xlink\\:href]')) {
    const url = link.getAttribute('href') ?? link.getAttribute('src') ?? '';
    expect(url, `a link in <${el.localName}>`).to.match(/^https?:\/\//);
  }
}

async function render(tag: string, attributes: Record<string, string>, report: Report): Promise<SwElement> {
  const el = document.createElement(tag) as SwElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.report = report;
  document.body.append(el);
  await elementUpdated(el);
  await elementUpdated(el);
  return el;
}

describe('untrusted text in a report', () => {
  const ran: string[] = [];
  beforeEach(() => {
    ran.length = 0;
    window.__xss = (marker) => ran.push(marker);
  });
  afterEach(async () => {
    // Event handlers of injected <img>/<svg> would fire after a network round or a frame.
    await aTimeout(50);
    expect(ran, 'payloads that ran').to.deep.equal([]);
    delete window.__xss;
  });

  // Each element in a configuration that shows as many fields as it can: a metric with a target, a note and its story.
  const SETUPS: Array<[string, Record<string, string>, (report: Report) => void]> = [
    ['sw-stat-card', { metric: 'zhuanglang-certified-social-workers', 'story-link': '' }, () => {}],
    ['sw-stat-card', { metric: 'chaozhou-charity-fund', 'story-link': '' }, () => {}],
    ['sw-stat-card', { metric: 'pingyang-young-team', 'story-link': '' }, () => {}],
    ['sw-region-map', {}, () => {}],
    ['sw-region-map', { metric: 'chaozhou-volunteers', selected: '440000' }, () => {}],
    ['sw-story-list', {}, () => {}],
  ];

  for (const language of LANGUAGES) {
    for (const [tag, attributes] of SETUPS) {
      it(`<${tag} ${Object.keys(attributes).join(' ')}> shows every payload as text (${language})`, async () => {
        const report = reportCopy();
        const planted = plantPayloads(report);
        const el = await render(tag, { ...attributes, lang: language }, report);
        try {
          expect(el.shadowRoot!.querySelector('[part="error"]'), 'the report is valid and shown').to.equal(null);
          if (tag === 'sw-region-map') {
            // The tooltip shows the hovered division's places and story titles.
            el.shadowRoot!.querySelector('[data-code="440000"]')!.dispatchEvent(
              new PointerEvent('pointerover', { bubbles: true, composed: true }),
            );
            await elementUpdated(el);
          }
          expectNoMarkupFromPayloads(el);
          const text = readableText(el);
          const shown = planted.filter(({ marker }) => text.includes(marker));
          expect(shown.length, 'payloads shown').to.be.greaterThan(3);
          // Wherever a payload's marker shows, the whole payload shows, markup characters and all.
          for (const { payload, path } of shown) expect(text, path).to.contain(payload);
        } finally {
          el.remove();
        }
      });
    }
  }

  it('shows the payloads of the fields each element is about', async () => {
    const report = reportCopy();
    plantPayloads(report);
    const metric = report.metrics.find((m) => m.id === 'zhuanglang-certified-social-workers')!;
    const story = report.stories.find((s) => s.id === metric.story)!;
    const place = report.places.find((p) => p.id === metric.place)!;
    const source = report.sources.find((s) => s.id === metric.source)!;

    const card = await render('sw-stat-card', { metric: metric.id, 'story-link': '' }, report);
    const cardText = readableText(card);
    for (const field of [metric.label, place.name, source.name, story.title])
      expect(cardText).to.contain(field['zh-Hans']);
    card.remove();

    const list = await render('sw-story-list', { lang: 'en' }, report);
    const listText = readableText(list);
    for (const field of [story.title, story.summary, place.name, source.name, metric.label, report.tags![0].label])
      expect(listText).to.contain(field.en);
    list.remove();

    const map = await render('sw-region-map', { lang: 'zh-Hant' }, report);
    const mapText = readableText(map);
    for (const field of [story.title, place.name]) expect(mapText).to.contain(field['zh-Hant']);
    map.remove();
  });

  it('shows payloads in a report loaded from src as text', async () => {
    clearReportCache();
    const report = reportCopy();
    const planted = plantPayloads(report);
    const url = reportBlobUrl(report);
    const el = document.createElement('sw-story-list') as SwElement;
    el.src = url;
    const ready = oneEvent(el, 'sw-ready');
    document.body.append(el);
    await ready;
    await elementUpdated(el);
    expectNoMarkupFromPayloads(el);
    const text = readableText(el);
    expect(planted.filter(({ payload }) => text.includes(payload)).length).to.be.greaterThan(10);
    el.remove();
    URL.revokeObjectURL(url);
  });

  it('shows attribute values with markup as text in its error message', async () => {
    const payload = `<img src=x onerror="__xss('attribute')">`;
    for (const [tag, attribute] of [
      ['sw-stat-card', 'metric'],
      ['sw-region-map', 'metric'],
      ['sw-story-list', 'region'],
    ]) {
      const el = document.createElement(tag) as SwElement;
      el.setAttribute(attribute, payload);
      const error = oneEvent(el, 'sw-error');
      document.body.append(el);
      const detail = ((await error) as CustomEvent<SwErrorDetail>).detail;
      await elementUpdated(el);
      expect(detail.field).to.equal(attribute);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(payload);
      expectNoMarkupFromPayloads(el);
      el.remove();
    }
  });
});

describe('untrusted URLs in a report', () => {
  beforeEach(() => (window.__xss = () => expect.fail('a payload ran')));
  afterEach(async () => {
    await aTimeout(50);
    delete window.__xss;
  });

  const REJECTED = [
    'javascript:__xss("url")',
    'JavaScript:__xss("url")',
    ' javascript:__xss("url")',
    'java\tscript:__xss("url")',
    'data:text/html,<script>__xss("url")</script>',
    'vbscript:msgbox(1)',
    '//evil.example/story',
    '/relative/story.html',
    'https://exa mple.org/with space',
  ];
  for (const url of REJECTED) {
    it(`rejects the report whose story url is ${JSON.stringify(url)}, naming the field, and links nowhere`, async () => {
      const report = reportCopy((r) => (r.stories[0].url = url));
      for (const tag of ['sw-story-list', 'sw-stat-card']) {
        const el = document.createElement(tag) as SwElement;
        el.setAttribute('story-link', '');
        el.setAttribute('metric', 'chaozhou-volunteers');
        el.report = report;
        const error = oneEvent(el, 'sw-error');
        document.body.append(el);
        const detail = ((await error) as CustomEvent<SwErrorDetail>).detail;
        await elementUpdated(el);
        expect(detail.code).to.equal('invalid-report');
        expect(detail.field).to.equal('stories[0].url');
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('stories[0].url');
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        el.remove();
      }
    });
  }

  it('keeps an http(s) URL with markup in it inside the href, escaped', async () => {
    // No white space, so the schema's URL pattern accepts it.
    const url = `https://example.org/a"><svg/onload=__xss('href')><img/src=x/onerror=__xss('href')>`;
    const report = reportCopy((r) => {
      r.stories[0].url = url;
      r.sources[0].url = url;
    });
    const el = await render('sw-story-list', {}, report);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links).to.have.length(1);
    expect(links[0].href).to.equal(new URL(url).href);
    expect(links[0].getAttribute('target')).to.equal('_blank');
    expect(links[0].relList.contains('noopener')).to.equal(true);
    expectNoMarkupFromPayloads(el);
    el.remove();
  });

  const HOSTILE_STORY_HREFS = [
    'javascript:__xss("story-href")//{story}',
    'data:text/html,<script>__xss(1)</script>{story}',
    '  JAVASCRIPT:__xss(1)',
    'vbscript:{story}',
  ];
  for (const pattern of HOSTILE_STORY_HREFS) {
    it(`<sw-stat-card story-href=${JSON.stringify(pattern)}> shows the story title unlinked`, async () => {
      const el = await render('sw-stat-card', { 'story-href': pattern, metric: 'chaozhou-volunteers' }, reportCopy());
      expect(el.shadowRoot!.querySelector('[part="story"]')!.textContent).to.contain('潮州');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      el.remove();
    });
  }

  it('shows a report full of payloads accessibly, light and dark', async () => {
    const report = reportCopy();
    plantPayloads(report);
    const el = await render('sw-story-list', { limit: '2' }, report);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await elementUpdated(el);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
