import { expect, fixture, html } from '@open-wc/testing';
import { probePage, shadowTexts } from './support/probe.js';
import '../src/stat-card/define.js';
import type { StatCard } from '../src/stat-card/stat-card.js';

// Issue 15: the bundled report was validated at build time; showing it loads no validation code. A report given
// by `report` or `src` loads it on demand, and is still validated.
const validationRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/report\/(validate|load|report-checks)\.ts|\/valibot\/|sw-report\.js/.test(name));

describe('validation on demand', () => {
  it('the bundled report shows with no validation code loaded', async () => {
    const el = await fixture<StatCard>(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`);
    expect(el.shadowRoot!.textContent).to.contain('超32万');
    expect(validationRequests()).to.deep.equal([]);
  });

  it('a report property is still validated: an invalid one shows the field at fault, then a valid one shows', async () => {
    const el = await fixture<StatCard>(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`);
    const { bundledReport } = await import('../src/report/bundled.js');
    el.report = {
      ...bundledReport,
      metrics: bundledReport.metrics.map((m) => (m.id === 'chaozhou-volunteers' ? { ...m, place: 'atlantis' } : m)),
    };
    await el.updateComplete;
    // It keeps the last good report on screen and says why the new one is not shown.
    expect(el.shadowRoot!.querySelector('[part=stale]')?.textContent ?? '').to.contain('metrics[1].place');
    expect(validationRequests().length).to.be.greaterThan(0);
    el.report = {
      ...bundledReport,
      metrics: bundledReport.metrics.map((m) => (m.id === 'chaozhou-volunteers' ? { ...m, value: 450000 } : m)),
    };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=stale]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('超45万');
  });

  it('the all-in-one script-tag bundle shows its report without loading sw-report.js, and loads it for src', async function () {
    const resources = `performance.getEntriesByType('resource').map((entry) => entry.name.replace(location.origin, ''))`;
    const bundled = await probePage<string[]>('/test/pages/module-only.html', {
      waitFor: `/32/.test(document.querySelector('sw-stat-card')?.shadowRoot?.textContent)`,
      evaluate: resources,
    });
    expect(bundled.waitTimedOut).to.equal(false);
    expect(bundled.result).to.include('/cdn/sw-widgets.js');
    expect(bundled.result.filter((url) => /sw-report|sw-export/.test(url))).to.deep.equal([]);
    const fromSrc = await probePage<{ texts: string[]; resources: string[] }>('/__test/blank', {
      html: `<!doctype html><html lang="zh-CN"><body><script type="module" src="{origin}/cdn/sw-widgets.js"></script><sw-stat-card src="{origin}/data/report.json" metric="chaozhou-volunteers"></sw-stat-card></body></html>`,
      waitFor: `/32/.test(document.querySelector('sw-stat-card')?.shadowRoot?.textContent)`,
      evaluate: `({ texts: ${shadowTexts('sw-stat-card')}, resources: ${resources} })`,
    });
    expect(fromSrc.result.texts[0]).to.contain('超32万');
    expect(fromSrc.result.resources).to.include('/cdn/sw-report.js');
    expect(fromSrc.consoleErrors).to.deep.equal([]);
  });

  it('the compact divisions module gives back data/divisions.json', async () => {
    const { DIVISION_GRID } = await import('../src/map/divisions.js');
    const source = await fetch('/data/divisions.json').then((response) => response.json());
    expect(DIVISION_GRID.columns).to.equal(source.columns);
    expect(DIVISION_GRID.rows).to.equal(source.rows);
    expect(DIVISION_GRID.divisions).to.deep.equal(
      source.divisions.map(({ geofacetGrid2: _, ...division }: { geofacetGrid2: unknown }) => division),
    );
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible (${theme})`, async () => {
      const el = await fixture(html`<sw-stat-card theme=${theme}></sw-stat-card>`);
      await expect(el).to.be.accessible();
    });
  }
});
