/**
 * The example reports of data/examples/ in every element and language, loaded
 * with `src` as a partner would: no error, the figures as their sources give them.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SwErrorDetail } from '../src/base/sw-element.js';
import type { Language } from '../src/report/schema.js';
import '../src/all.js';
import { UNTIL_LIMIT_MS } from './support/wait.js';

const NATIONAL = '/data/examples/national-workforce.json';
const LANGUAGES: Language[] = ['zh-Hans', 'zh-Hant', 'en'];

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The three elements on one page, all on the report; resolves once each is ready, failing on any sw-error. */
async function page(lang: Language, theme = 'light'): Promise<HTMLElement> {
  const errors: SwErrorDetail[] = [];
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.addEventListener('sw-error', (event) => errors.push((event as CustomEvent<SwErrorDetail>).detail));
  const tags = ['sw-stat-card', 'sw-region-map', 'sw-story-list'];
  let count = 0;
  // Listening before the elements connect: a report already in the shared cache makes them ready at once.
  const ready = new Promise<void>((resolve, reject) => {
    wrapper.addEventListener('sw-ready', () => ++count === tags.length && resolve());
    setTimeout(() => reject(new Error(`only ${count} ready; errors ${JSON.stringify(errors)}`)), UNTIL_LIMIT_MS);
  });
  for (const tag of tags) {
    const el = document.createElement(tag);
    el.setAttribute('src', NATIONAL);
    el.setAttribute('theme', theme);
    if (tag === 'sw-stat-card') el.setAttribute('no-count-up', '');
    wrapper.append(el);
  }
  await fixture(html`${wrapper}`);
  await ready;
  for (const el of wrapper.children) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  expect(errors).to.deep.equal([]);
  return wrapper;
}

/** Puts `el` on the page (in a wrapper, as a partner's markup would) and resolves with the first `event` it sends. */
async function mount(el: HTMLElement, event: 'sw-ready' | 'sw-error'): Promise<CustomEvent> {
  const sent = oneEvent(el, event);
  const wrapper = document.createElement('div');
  wrapper.append(el);
  await fixture(html`${wrapper}`);
  const result = (await sent) as CustomEvent;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return result;
}

const shadow = (wrapper: HTMLElement, tag: string) => wrapper.querySelector(tag)!.shadowRoot!;

describe('the national workforce example report', () => {
  const headline: Record<Language, [string, string]> = {
    'zh-Hans': ['93.1万人', '比2021年增加19.4万人'],
    'zh-Hant': ['93.1萬人', '比2021年增加19.4萬人'],
    en: ['931,000', 'up 194,000 from 2021'],
  };
  const chip: Record<Language, string> = {
    'zh-Hans': '11.2万人 新增持证社会工作者（2018年）',
    'zh-Hant': '11.2萬人 新增持證社會工作者（2018年）',
    en: '112,000 newly certified social workers (2018)',
  };

  for (const lang of LANGUAGES) {
    it(`renders in all three elements in ${lang} with no error`, async () => {
      const wrapper = await page(lang);
      const card = shadow(wrapper, 'sw-stat-card');
      expect(text(card.querySelector('[part~="value"]'))).to.equal(headline[lang][0]);
      expect(text(card.querySelector('[part~="change"]'))).to.equal(headline[lang][1]);
      expect(card.querySelector('[part~="sparkline"] path')!.getAttribute('d')).to.match(/^M/);
      expect(card.querySelector('[role="alert"]')).to.equal(null);

      const list = shadow(wrapper, 'sw-story-list');
      const chips = [...list.querySelectorAll('[part~="figure"]')].map(text);
      expect(chips).to.include(chip[lang]);
      expect(list.querySelectorAll('article, [part~="story"]').length).to.be.greaterThan(0);
      expect(list.querySelector('[role="alert"]')).to.equal(null);

      const map = shadow(wrapper, 'sw-region-map');
      expect(map.querySelector('[role="alert"]')).to.equal(null);
      expect(map.querySelectorAll('[part~="tile"]').length).to.equal(34);
    });
  }

  it('shows figures in units beyond the seed’s, at the precision of their source', async () => {
    const cases: Array<[string, Language, string]> = [
      ['universities-bachelor', 'zh-Hans', '348所'],
      ['universities-bachelor', 'en', '348'],
      ['volunteer-hours-2019', 'zh-Hans', '超14亿小时'],
      ['volunteer-hours-2019', 'zh-Hant', '超過14億小時'],
      ['volunteer-hours-2019', 'en', 'over 1.4 billion hours'],
      ['certified-growth-2019', 'zh-Hans', '20.96%'],
      ['certified-2019', 'zh-Hans', '53.1万人'],
      ['double-hundred-fund-2017', 'zh-Hant', '3000萬元'],
      ['double-hundred-fund-2017', 'en', '¥30 million'],
      ['registered-volunteers-2019', 'zh-Hans', '超1.2亿人'],
    ];
    for (const [metric, lang, figure] of cases) {
      const el = document.createElement('sw-stat-card');
      el.setAttribute('src', NATIONAL);
      el.setAttribute('metric', metric);
      el.setAttribute('lang', lang);
      el.setAttribute('no-count-up', '');
      await mount(el, 'sw-ready');
      expect(text(el.shadowRoot!.querySelector('[part~="value"]')), `${metric} ${lang}`).to.equal(figure);
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme`, async function () {
      const wrapper = await page('zh-Hans', theme);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('is rejected in the reader’s language, naming the field, when a unit has no forms or a province code is wrong', async () => {
    const example = await (await fetch(NATIONAL)).json();
    const broken = (edit: (report: typeof example) => void) => {
      const copy = structuredClone(example);
      edit(copy);
      return copy;
    };
    const cases: Array<[(report: typeof example) => void, Language, string, string]> = [
      [
        (r) => (r.metrics[3].unit = '台'),
        'zh-Hans',
        'metrics[3].unit',
        'report 属性中的数据有误：metrics[3].unit：“台”不是内置单位',
      ],
      [
        (r) => (r.metrics[3].unit = '台'),
        'zh-Hant',
        'metrics[3].unit',
        'report 屬性中的資料有誤：metrics[3].unit：「台」不是內置單位',
      ],
      [
        (r) => (r.places[1].provinceCode = '990000'),
        'en',
        'places[1].provinceCode',
        'The report property is invalid: places[1].provinceCode: must be one of the 34 provincial-level division codes, or 100000 for the whole country (got 990000)',
      ],
      [
        (r) => (r.places[1].provinceCode = '990000'),
        'zh-Hans',
        'places[1].provinceCode',
        '必须是 34 个省级行政区代码之一，或表示全国的 100000（实际为 990000）',
      ],
    ];
    for (const [edit, lang, field, message] of cases) {
      const el = document.createElement('sw-stat-card') as HTMLElement & { report: unknown };
      el.setAttribute('lang', lang);
      el.report = broken(edit);
      const { detail } = (await mount(el, 'sw-error')) as CustomEvent<SwErrorDetail>;
      expect(detail.code).to.equal('invalid-report');
      expect(detail.field).to.equal(field);
      expect(detail.message, lang).to.contain(message);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(text(el.shadowRoot!.querySelector('[role="alert"]')), lang).to.contain(message);
    }
    // With the unit described in the report's units table, the same report is valid.
    const described = broken((r) => {
      r.metrics[3].unit = '台';
      r.units = { 台: { 'zh-Hant': '臺', en: 'machines', enOne: 'machine' } };
    });
    const el = document.createElement('sw-stat-card') as HTMLElement & { report: unknown };
    el.setAttribute('metric', described.metrics[3].id);
    el.setAttribute('lang', 'zh-Hant');
    el.setAttribute('no-count-up', '');
    el.report = described;
    await mount(el, 'sw-ready');
    expect(text(el.shadowRoot!.querySelector('[part~="value"]'))).to.equal('348臺');
  });
});
