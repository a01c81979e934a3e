import { expect, fixture, html } from '@open-wc/testing';
// @ts-expect-error a plain ES module of the build, without types
import { encodeReportLiteral } from '../shared/report-literal.js';

// The contract with `sw-widgets bundle --report` (shared/report-literal.js): in a built bundle, replacing
// encodeReportLiteral(data/report.json) with encodeReportLiteral(other) gives a bundle that shows the other
// report, without Rollup. The literal is in one file, cdn/sw-bundled-report.js, which every element bundle loads
// from beside itself (the element bundles carry none) after checking it against the sha256 hash it carries: the
// bundle gets the swapped file's hash in place of the old one (as `bundle` does, cli/lib/integrity.js). Done here on
// the real cdn files (module and classic), the element bundle pointed at a swapped copy. Needs `npm run build`.
const encode = encodeReportLiteral as (report: unknown) => string;

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

async function swapped(file: string, other: unknown): Promise<string> {
  const [code, bundled, report] = await Promise.all([
    fetch(`/cdn/${file}`).then((r) => r.text()),
    fetch('/cdn/sw-bundled-report.js').then((r) => r.text()),
    fetch('/data/report.json').then((r) => r.json()),
  ]);
  const literal = encode(report);
  expect(code.split(literal).length - 1, file).to.equal(0);
  expect(bundled.split(literal).length - 1, 'sw-bundled-report.js').to.equal(1);
  const swappedText = bundled.replace(literal, () => encode(other));
  const swappedReport = URL.createObjectURL(new Blob([swappedText], { type: 'text/javascript' }));
  // The element bundle, loaded from a blob: URL, is pointed at the swapped report file, with its hash.
  const [oldHash, newHash] = await Promise.all([sha256(bundled), sha256(swappedText)]);
  expect(code.split('"sw-bundled-report.js"').length - 1, file).to.equal(1);
  expect(code.split(oldHash).length - 1, file).to.equal(1);
  return code.replace('"sw-bundled-report.js"', () => JSON.stringify(swappedReport)).replace(oldHash, () => newHash);
}

async function otherReport() {
  const report = await fetch('/data/report.json').then((r) => r.json());
  return {
    ...report,
    metrics: report.metrics.map((m: { id: string }) => (m.id === 'chaozhou-volunteers' ? { ...m, value: 450000 } : m)),
    stories: report.stories.map((s: { id: string; title: object }, i: number) =>
      i === 0 ? { ...s, title: { 'zh-Hans': '换过的报告', 'zh-Hant': '換過的報告', en: 'Swapped report' } } : s,
    ),
  };
}

describe('swapping the bundled report in a built bundle', () => {
  it('the module bundle of <sw-stat-card> shows the other report', async () => {
    const url = URL.createObjectURL(
      new Blob([await swapped('sw-stat-card.js', await otherReport())], { type: 'text/javascript' }),
    );
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
    script.src = URL.createObjectURL(
      new Blob([await swapped('sw-story-list.iife.js', await otherReport())], { type: 'text/javascript' }),
    );
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
