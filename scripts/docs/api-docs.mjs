// docs/api.md from custom-elements.json: every element's attributes, properties,
// events, CSS parts and custom properties, as the JSDoc in src/ describes them.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
      ].join('\n')
    : '';

const out = [
  '# API reference',
  '',
  'Generated from the JSDoc in `src/` by `npm run manifest` (custom-elements.json, then scripts/docs/api-docs.mjs). Do not edit.',
  '',
];
for (const module of manifest.modules) {
  for (const decl of module.declarations ?? []) {
    if (!decl.tagName) continue;
    out.push(
      `## \`<${decl.tagName}>\``,
      '',
      cell(decl.summary ?? ''),
      '',
      decl.description ? decl.description.trim() : '',
      '',
    );
    out.push(
      '### Attributes',
      '',
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        (decl.attributes ?? []).map((a) => [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          cell(a.description),
        ]),
      ),
    );
    const properties = (decl.members ?? []).filter(
      (m) =>
        m.kind === 'field' &&
        (!m.privacy || m.privacy === 'public') &&
        !m.static &&
        !(decl.attributes ?? []).some((a) => a.fieldName === m.name),
    );
    if (properties.length)
      out.push(
        '### Properties (no attribute)',
        '',
        table(
          ['property', 'type', 'description'],
          properties.map((p) => [code(p.name), code(p.type?.text), cell(p.description)]),
        ),
      );
    const methods = (decl.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static);
    if (methods.length)
      out.push(
        '### Methods',
        '',
        table(
          ['method', 'returns', 'description'],
          methods.map((m) => [
            code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
            code(m.return?.type?.text),
            cell(m.description),
          ]),
        ),
      );
    out.push(
      '### Events',
      '',
      table(
        ['event', 'description'],
        (decl.events ?? []).map((e) => [code(e.name), cell(e.description)]),
      ),
    );
    out.push(
      '### CSS parts',
      '',
      table(
        ['part', 'description'],
        (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
    out.push(
      '### CSS custom properties',
      '',
      table(
        ['property', 'description'],
        (decl.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
}
writeFileSync('docs/api.md', out.join('\n').replace(/\n{3,}/g, '\n\n'));
console.log('docs/api.md written');
