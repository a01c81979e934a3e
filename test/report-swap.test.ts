import { expect, fixture, html } from '@open-wc/testing';
// @ts-expect-error a plain ES module of the build, without types
import { encodeReportLiteral } from '../scripts/report-literal.mjs';

// The contract with `sw-widgets bundle --report` (scripts/report-literal.mjs): in a built bundle, replacing
// encodeReportLiteral(data/report.json) with encodeReportLiteral(other) gives a bundle that shows the other
// report, without Rollup. Done here on the real cdn files (module and classic). Needs `npm run build`.
const encode = encodeReportLiteral as (report: unknown) => string;

async function swapped(file: string, other: unknown): Promise<string> {
  const [code, report] = await Promise.all([fetch(`/cdn/${file}`).then((r) => r.text()), fetch('/data/report.json').then((r) => r.json())]);
  const literal = encode(report);
  expect(code.split(literal).length - 1, file).to.equal(1);
  return code.replace(literal, () => encode(other));
}

async function otherReport() {
  const report = await fetch('/data/report.json').then((r) => r.json());
  return {
    ...report,
    metrics: report.metrics.map((m: { id: string }) => (m.id === 'chaozhou-volunteers' ? { ...m, value: 450000 } : m)),
    stories: report.stories.map((s: { id: string; title: object }, i: number) => (i === 0 ? { ...s, title: { 'zh-Hans': '换过的报告', 'zh-Hant': '換過的報告', en: 'Swapped report' } } : s)),
  };
}

describe('swapping the bundled report in a built bundle', () => {
  it('the module bundle of <sw-stat-card> shows the other report', async () => {
    const url = URL.createObjectURL(new Blob([await swapped('sw-stat-card.js', await otherReport())], { type: 'text/javascript' }));
    await import(/* @vite-ignore */ url);
    const el = await fixture(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`);
    await customElements.whenDefined('sw-stat-card');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('超45万');
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await expect(el).to.be.accessible();
  });

  it('the classic bundle of <sw-story-list> shows the other report', async () => {
    const script = document.createElement('script');
    script.src = URL.createObjectURL(new Blob([await swapped('sw-story-list.iife.js', await otherReport())], { type: 'text/javascript' }));
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    const el = await fixture(html`<sw-story-list></sw-story-list>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('换过的报告');
    await expect(el).to.be.accessible();
  });
});
