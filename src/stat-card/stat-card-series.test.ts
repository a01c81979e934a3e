import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Language, Report } from '../report/schema.js';
import './define.js';
import type { StatCard } from './stat-card.js';

const EXAMPLE_URL = '/data/examples/national-workforce.json';
let example: Report;

before(async () => {
  example = await (await fetch(EXAMPLE_URL)).json();
});

async function card(
  attributes: Partial<Record<'metric' | 'compare' | 'change' | 'sparkline' | 'lang' | 'theme', string>>,
  report: Report = example,
): Promise<StatCard> {
  const el = document.createElement('sw-stat-card') as StatCard;
  el.noCountUp = true;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.report = report;
  const ready = oneEvent(el, 'sw-ready');
  await fixture(html`<div>${el}</div>`);
  await ready;
  await el.updateComplete;
  return el;
}

const part = (el: StatCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('sw-stat-card with a series', () => {
  it('says the change under the figure against the previous point, in each language', async () => {
    const expected: Record<Language, [string, string]> = {
      'zh-Hans': ['93.1万人', '比2021年增加19.4万人'],
      'zh-Hant': ['93.1萬人', '比2021年增加19.4萬人'],
      en: ['931,000', 'up 194,000 from 2021'],
    };
    for (const [lang, [figure, change]] of Object.entries(expected)) {
      const el = await card({ lang });
      expect(text(part(el, 'value')), lang).to.equal(figure);
      expect(text(part(el, 'change')), lang).to.equal(change);
      // The change follows the figure, before the label.
      expect(part(el, 'value')!.nextElementSibling).to.equal(part(el, 'change'));
    }
  });

  it('measures against the first point and as a per cent', async () => {
    expect(text(part(await card({ compare: 'first' }), 'change'))).to.equal('比2016年增加64.3万人');
    expect(text(part(await card({ change: 'percent' }), 'change'))).to.equal('比2021年增长26.3%');
    expect(text(part(await card({ compare: 'first', change: 'percent', lang: 'en' }), 'change'))).to.equal(
      'up 223.3% from 2016',
    );
  });

  it('says a decrease and no change', async () => {
    const edited = (values: number[]) => {
      const copy = structuredClone(example);
      const metric = copy.metrics[0];
      metric.series = metric.series!.slice(-2).map((point, i) => ({ ...point, value: values[i] }));
      metric.value = values[1];
      return copy;
    };
    const down = await card({}, edited([931000, 900000]));
    expect(text(part(down, 'change'))).to.equal('比2021年减少3.1万人');
    expect(part(down, 'change')!.classList.contains('down')).to.equal(true);
    const same = await card({ lang: 'en' }, edited([931000, 931000]));
    expect(text(part(same, 'change'))).to.equal('unchanged from 2021');
  });

  it('draws the sparkline with its first and last labels and names it in one sentence', async () => {
    const el = await card({});
    const svg = part(el, 'sparkline')!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal(
      '持证社会工作者，2016年至2022年共7个数据：从28.8万人增至93.1万人。',
    );
    const d = svg.querySelector('path')!.getAttribute('d')!;
    expect(d).to.match(/^M4,36(L[\d.]+,[\d.]+){6}$/);
    const box = svg.querySelector('path')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(100);
    const labels = [...part(el, 'sparkline')!.querySelectorAll('.sparkline-labels > span')].map(text);
    expect(labels).to.deep.equal(['2016年 28.8万人', '2022年 93.1万人']);
    // The spoken sentence of the card ends with the change.
    expect(text(el.shadowRoot!.querySelector('.visually-hidden'))).to.equal(
      '2022年，全国持证社会工作者93.1万人，据xixiazi.com 职业资格考试资讯。比2021年增加19.4万人。',
    );
  });

  it('lists every point in a table behind a disclosure', async () => {
    const el = await card({ lang: 'zh-Hant' });
    const details = part(el, 'series-table') as HTMLDetailsElement;
    expect(text(details.querySelector('summary'))).to.equal('數據表');
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    const rows = [...details.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
    expect(rows).to.have.length(7);
    expect(rows[0]).to.deep.equal(['2016年', '28.8萬人']);
    expect(rows[6]).to.deep.equal(['2022年', '93.1萬人']);
    expect([...details.querySelectorAll('thead th')].map(text)).to.deep.equal(['日期', '數值']);
  });

  it('hides the sparkline and table with sparkline="off", keeping the change', async () => {
    const el = await card({ sparkline: 'off' });
    expect(part(el, 'sparkline')).to.equal(null);
    expect(part(el, 'series-table')).to.equal(null);
    expect(text(part(el, 'change'))).to.equal('比2021年增加19.4万人');
  });

  it('shows neither change nor sparkline for a metric without a series', async () => {
    const el = await card({ metric: 'universities-bachelor' });
    expect(text(part(el, 'value'))).to.equal('348所');
    expect(part(el, 'change')).to.equal(null);
    expect(part(el, 'sparkline')).to.equal(null);
  });

  it('re-renders in a new language and updates on compare', async () => {
    const el = await card({});
    el.compare = 'first';
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(part(el, 'change'))).to.equal('up 643,000 from 2016');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme with the table open`, async () => {
      const el = await card({ theme });
      (part(el, 'series-table') as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
      const en = await card({ theme, lang: 'en', change: 'percent' });
      await expect(en).to.be.accessible();
    });
  }
});
