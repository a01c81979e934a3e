// The example reports the demo and the embed builder offer. Paths are from the
// repository root (the reports live in data/examples/); `bundled` has no src:
// the elements show the report built into them.
// province-indicators.json comes with the choropleth work; until it is there,
// choosing it says so and keeps the report shown.
export const EXAMPLE_REPORTS = [
  { id: 'bundled', path: '', label: '社工资讯摘编 2024年6月 · Social work news digest, June 2024 (bundled)' },
  { id: 'national-workforce', path: 'data/examples/national-workforce.json', label: '全国社会工作人才队伍 · China’s social-work workforce' },
  { id: 'province-indicators', path: 'data/examples/province-indicators.json', label: '分省指标 · Figures by province' },
];

/** The absolute URL of an example report (empty for the bundled one). */
export function exampleReportUrl(report) {
  return report.path ? new URL(`../${report.path}`, import.meta.url).href : '';
}

/** Replaces an element's children (what replaceChildren does, which Chrome 80–85 lack). */
export function replaceContent(parent, ...nodes) {
  parent.textContent = '';
  parent.append(...nodes);
}

/** Fills a <select> with the example reports. */
export function fillReportPicker(select) {
  replaceContent(select, ...EXAMPLE_REPORTS.map((report) => new Option(report.label, report.id)));
}

/** The report itself (the bundled one is passed in), or null with the reason when it cannot be loaded. */
export async function fetchExampleReport(report, bundled) {
  if (!report.path) return { report: bundled };
  try {
    const response = await fetch(exampleReportUrl(report));
    if (!response.ok) return { report: null, reason: `HTTP ${response.status}` };
    return { report: await response.json() };
  } catch (error) {
    return { report: null, reason: String(error) };
  }
}
