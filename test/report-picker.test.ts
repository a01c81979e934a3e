/** The report pickers of the demo and the embed builder: every example report, and any report address. */
import { expect } from '@open-wc/testing';
import { PAGE_UNTIL, probePage } from './support/probe.js';

describe('the demo’s report picker', () => {
  it('lists every example report and shows the chosen one in all elements', async () => {
    const page = await probePage<{ options: string[]; cards: number; srcs: string[]; change: string; value: string }>(
      '/demo/index.html?report=national-workforce&lang=en',
      {
        waitFor: `document.querySelectorAll('#cards sw-stat-card').length === 17 && document.querySelector('#cards sw-stat-card')?.shadowRoot?.querySelector('[part~="change"]')`,
        evaluate: `({
        options: [...document.getElementById('report').options].map((o) => o.value),
        cards: document.querySelectorAll('#cards sw-stat-card').length,
        srcs: [...new Set([...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].map((el) => el.getAttribute('src')))],
        change: document.querySelector('#cards sw-stat-card').shadowRoot.querySelector('[part~="change"]').textContent,
        value: document.getElementById('report').value,
      })`,
      },
    );
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.waitTimedOut).to.equal(false);
    expect(page.result.options).to.deep.equal(['bundled', 'national-workforce', 'province-indicators']);
    expect(page.result.value).to.equal('national-workforce');
    expect(page.result.cards).to.equal(17);
    expect(page.result.srcs).to.have.length(1);
    expect(page.result.srcs[0]).to.match(/^http:\/\/[^/]+\/data\/examples\/national-workforce\.json$/);
    expect(page.result.change).to.equal('up 194,000 from 2021');
  });

  it('opens 分省指标 on its choropleth without a control touched, with one Color by control', async () => {
    const page = await probePage<{
      value: string;
      color: string;
      groups: string[][];
      metric: string | null;
      indicator: string | null;
      legend: string[];
      srcs: Array<string | null>;
    }>('/demo/index.html?report=province-indicators', {
      waitFor: `document.getElementById('metric-map')?.shadowRoot?.querySelector('[part="legend"] li .swatch.step-5')`,
      evaluate: `({
          value: document.getElementById('report').value,
          color: document.getElementById('map-metric').value,
          groups: [...document.getElementById('map-metric').querySelectorAll('optgroup')].map((g) => [g.label, ...[...g.querySelectorAll('option')].map((o) => o.value)]),
          metric: document.getElementById('metric-map').getAttribute('metric'),
          indicator: document.getElementById('metric-map').getAttribute('indicator'),
          legend: [...document.getElementById('metric-map').shadowRoot.querySelectorAll('[part="legend"] li')].map((li) => li.textContent.trim()),
          srcs: [...new Set([...document.querySelectorAll('sw-stat-card, sw-region-map')].map((el) => el.getAttribute('src')))],
        })`,
    });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.waitTimedOut).to.equal(false);
    expect(page.result.value).to.equal('province-indicators');
    expect(page.result.srcs).to.have.length(1);
    expect(page.result.srcs[0]).to.match(/province-indicators\.json$/);
    // The choropleth of the first indicator, in 万, with indicator= only.
    expect(page.result.color).to.equal('indicator:resident-population');
    expect([page.result.metric, page.result.indicator]).to.deep.equal([null, 'resident-population']);
    expect(page.result.legend[0]).to.equal('365万–2189万人');
    // Stories, the indicators, and the metrics that color a division: not the national population.
    expect(page.result.groups).to.deep.equal([
      ['报道 / Stories', ''],
      ['分省数据 / Figures by division', 'indicator:resident-population', 'indicator:population-share'],
      ['某地的数字 / A place’s figure', 'metric:guangdong-population-growth'],
    ]);
  });

  it('colors the map by the choice of its one control, metric or indicator, never both', async () => {
    const page = await probePage<{
      metric: Array<string | null>;
      back: Array<string | null>;
      stories: Array<string | null>;
    }>('/demo/index.html?report=province-indicators', {
      waitFor: `document.getElementById('metric-map')?.getAttribute('indicator')`,
      evaluate: `(() => {
        const picker = document.getElementById('map-metric');
        const map = document.getElementById('metric-map');
        const attributes = () => [map.getAttribute('metric'), map.getAttribute('indicator')];
        const choose = (value) => { picker.value = value; picker.dispatchEvent(new Event('change')); return attributes(); };
        return { metric: choose('metric:guangdong-population-growth'), back: choose('indicator:population-share'), stories: choose('') };
      })()`,
    });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.metric).to.deep.equal(['guangdong-population-growth', null]);
    expect(page.result.back).to.deep.equal([null, 'population-share']);
    expect(page.result.stories).to.deep.equal([null, null]);
  });
});

describe('the embed builder’s report picker', () => {
  it('puts the chosen example report, or a pasted address, into the snippet as src', async () => {
    const page = await probePage<{
      options: string[];
      example: string;
      metrics: number;
      pasted: string;
      failed: string;
      kept: string;
    }>('/demo/builder.html', {
      waitFor: `document.getElementById('snippet')?.value.includes('sw-stat-card')`,
      evaluate: `(async () => {
        ${PAGE_UNTIL}
        const form = document.getElementById('builder');
        const snippet = () => document.getElementById('snippet').value;
        const out = { options: [...form.report.options].map((o) => o.value) };
        form.report.value = 'national-workforce';
        form.report.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => snippet().includes('national-workforce.json'));
        out.example = snippet();
        out.metrics = form.cardMetric.options.length;
        form.reportUrl.value = '/data/report.json';
        form.reportUrl.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => snippet().includes('/data/report.json'));
        out.pasted = snippet();
        form.reportUrl.value = '/data/no-such-report.json';
        form.reportUrl.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => document.getElementById('report-status').textContent.startsWith('无法'));
        out.failed = document.getElementById('report-status').textContent;
        out.kept = snippet();
        return out;
      })()`,
    });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.options).to.deep.equal(['bundled', 'national-workforce', 'province-indicators']);
    expect(page.result.example).to.match(
      /<sw-stat-card metric="national-certified-social-workers" src="http:\/\/[^"]+\/data\/examples\/national-workforce\.json">/,
    );
    expect(page.result.metrics).to.equal(17);
    expect(page.result.pasted).to.match(/ src="http:\/\/[^"]+\/data\/report\.json"/);
    expect(page.result.failed).to.equal('无法使用这个报告：HTTP 404');
    // A report that cannot be used leaves the snippet on the last good one.
    expect(page.result.kept).to.equal(page.result.pasted);
  });
});
