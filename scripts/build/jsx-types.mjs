// dist/jsx.d.ts from custom-elements.json: declares <sw-stat-card>, <sw-region-map>
// and <sw-story-list> in React's JSX (React 19 passes props to custom elements as
// properties when the element has one, else as attributes, and `on<event name>`
// props as event listeners: `onsw-region-select`, not `onSwRegionSelect`).
// Users opt in with `import type {} from 'sw-widgets/jsx'` (or "types": ["sw-widgets/jsx"]).
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** `src/stat-card/stat-card.ts` → `./stat-card/stat-card.js` (the module's place in dist/). */
const distModule = (path) => `./${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

const imports = new Map(); // module → Set of names
const use = (module, name) => {
  if (!imports.has(module)) imports.set(module, new Set());
  imports.get(module).add(name);
};

const interfaces = [];
const tags = [];
for (const module of manifest.modules) {
  for (const decl of module.declarations ?? []) {
    if (!decl.tagName) continue;
    const className = decl.name;
    use(distModule(module.path), className);
    const props = [];
    const seen = new Set();
    const add = (name, type, description) => {
      if (seen.has(name)) return;
      seen.add(name);
      props.push(`${doc(description)}  ${key(name)}?: ${type};\n`);
    };
    const fields = (decl.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.readonly,
    );
    for (const attribute of decl.attributes ?? []) {
      if (attribute.fieldName) {
        // The property, which React 19 sets when the element is defined...
        add(attribute.fieldName, `${className}[${JSON.stringify(attribute.fieldName)}]`, attribute.description);
        // ...and the attribute spelling where it differs (story-link), set as an attribute.
        if (attribute.name !== attribute.fieldName)
          add(attribute.name, `${className}[${JSON.stringify(attribute.fieldName)}]`, attribute.description);
      } else {
        add(attribute.name, attribute.type?.text ?? 'string', attribute.description);
      }
    }
    for (const field of fields) add(field.name, `${className}[${JSON.stringify(field.name)}]`, field.description);
    for (const event of decl.events ?? []) {
      const type = event.type?.text ?? 'CustomEvent';
      for (const name of type.match(/\b[A-Z]\w*\b/g) ?? [])
        if (name !== 'CustomEvent') use(distModule(event.inheritedFrom?.module ?? module.path), name);
      add(`on${event.name}`, `(event: ${type}) => void`, `\`${event.name}\`: ${event.description ?? ''}`);
    }
    const propsName = `${pascal(decl.tagName)}Props`;
    interfaces.push(
      `${doc(`Props of \`<${decl.tagName}>\`: ${decl.summary ?? ''}`, '')}export interface ${propsName} extends React.DetailedHTMLProps<React.HTMLAttributes<${className}>, ${className}> {\n${props.join('')}}\n`,
    );
    tags.push(`      ${key(decl.tagName)}: ${propsName};\n`);
  }
}
if (tags.length === 0) throw new Error('custom-elements.json declares no elements: run `npm run manifest` first');

const importLines = [...imports]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([module, names]) => `import type { ${[...names].sort().join(', ')} } from '${module}';\n`)
  .join('');
const out = `// Generated from custom-elements.json by scripts/build/jsx-types.mjs during \`npm run build\`. Do not edit.
// The sw-widgets elements in React's JSX: \`import type {} from 'sw-widgets/jsx';\` once in your app.
import type * as React from 'react';
${importLines}
${interfaces.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags.join('')}    }
  }
}
`;
mkdirSync('dist', { recursive: true });
writeFileSync('dist/jsx.d.ts', out);
// An empty module, so that `import 'sw-widgets/jsx'` also resolves at run time.
writeFileSync('dist/jsx.js', 'export {};\n');
console.log(`dist/jsx.d.ts written (${tags.length} elements)`);
