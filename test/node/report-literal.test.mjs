// The contract of shared/report-literal.js with `sw-widgets bundle --report` (issue 16): every built script-tag
// bundle that carries the bundled report carries it as exactly encodeReportLiteral(data/report.json), once.
// Needs `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { encodeReportLiteral } from '../../shared/report-literal.js';

const report = JSON.parse(readFileSync('data/report.json', 'utf8'));
// One file carries the report: the element bundles load it from beside themselves (src/report/load-bundled.ts).
const CARRIERS = ['cdn/sw-bundled-report.js'];

test('the literal is ASCII and evaluates to the report without its $schema key', () => {
  const literal = encodeReportLiteral(report);
  assert.match(literal, /^JSON\.parse\('[\x20-\x7e]*'\)$/);
  const { $schema: _schema, ...data } = report;
  assert.deepEqual(new Function(`return ${literal}`)(), data);
});

test('the literal keeps quotes, backslashes, line separators, closing tags and astral characters', () => {
  const tricky = { id: 'it\'s \\ "q" </script> \u2028\u2029 \n 😀 中文', list: [1.5, null, true] };
  const literal = encodeReportLiteral(tricky);
  assert.match(literal, /^JSON\.parse\('[\x20-\x7e]*'\)$/);
  assert.ok(!literal.includes('</'));
  assert.deepEqual(new Function(`return ${literal}`)(), tricky);
});

test('every bundle that carries the report carries its literal exactly once', () => {
  const literal = encodeReportLiteral(report);
  for (const file of CARRIERS) {
    const code = readFileSync(file, 'utf8');
    assert.equal(code.split(literal).length - 1, 1, file);
  }
  for (const file of readdirSync('cdn')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `cdn/${f}`)) {
    if (!CARRIERS.includes(file))
      assert.ok(!readFileSync(file, 'utf8').includes('sw-bundled-report-placeholder'), file);
  }
});
