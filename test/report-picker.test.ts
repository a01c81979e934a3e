/** The report pickers of the demo and the embed builder: every example report, and any report address. */
import { expect } from '@open-wc/testing';
import { probePage } from './probe.js';

const waitUntil = `async (test) => { for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 50)); return test(); }`;

describe('the demo’s report picker', () => {
  it('lists every example report and shows the chosen one in all elements', async () => {
    const page = await probePage<{ options: string[]; cards: number; srcs: string[]; change: string; value: string }>('/demo/index.html?report=national-workforce&lang=en', {
      waitFor: `document.querySelectorAll('#cards sw-stat-card').length === 17 && document.querySelector('#cards sw-stat-card')?.shadowRoot?.querySelector('[part~="change"]')`,
      evaluate: `({
        options: [...document.getElementById('report').options].map((o) => o.value),
        cards: document.querySelectorAll('#cards sw-stat-card').length,
        srcs: [...new Set([...document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].map((el) => el.getAttribute('src')))],
        change: document.querySelector('#cards sw-stat-card').shadowRoot.querySelector('[part~="change"]').textContent,
        value: document.getElementById('report').value,
      })`,
    });
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

  it('says when an example report is not there yet, and keeps the report shown', async () => {
    const page = await probePage<{ status: string; value: string; srcs: Array<string | null> }>('/demo/index.html?report=province-indicators', {
      waitFor: `document.getElementById('report-status').textContent || document.querySelector('#cards sw-stat-card')?.getAttribute('src')`,
      evaluate: `({
        status: document.getElementById('report-status').textContent,
        value: document.getElementById('report').value,
        srcs: [...new Set([...document.querySelectorAll('sw-stat-card')].map((el) => el.getAttribute('src')))],
      })`,
    });
    expect(page.pageErrors).to.deep.equal([]);
    if (page.result.status) {
      // Before the choropleth work adds data/examples/province-indicators.json.
      expect(page.result.status).to.contain('not available');
      expect(page.result.value).to.equal('bundled');
      expect(page.result.srcs).to.deep.equal([null]);
    } else {
      expect(page.result.value).to.equal('province-indicators');
      expect(page.result.srcs[0]).to.match(/province-indicators\.json$/);
    }
  });
});

describe('the embed builder’s report picker', () => {
  it('puts the chosen example report, or a pasted address, into the snippet as src', async () => {
    const page = await probePage<{ options: string[]; example: string; metrics: number; pasted: string; failed: string; kept: string }>('/demo/builder.html', {
      waitFor: `document.getElementById('snippet')?.value.includes('sw-stat-card')`,
      evaluate: `(async () => {
        const until = ${waitUntil};
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
    expect(page.result.example).to.match(/<sw-stat-card metric="national-certified-social-workers" src="http:\/\/[^"]+\/data\/examples\/national-workforce\.json">/);
    expect(page.result.metrics).to.equal(17);
    expect(page.result.pasted).to.match(/ src="http:\/\/[^"]+\/data\/report\.json"/);
    expect(page.result.failed).to.equal('无法使用这个报告：HTTP 404');
    // A report that cannot be used leaves the snippet on the last good one.
    expect(page.result.kept).to.equal(page.result.pasted);
  });
});
