// What the shipped scripts need from a browser, checked against the floor (scripts/build/browser-floor.mjs) with MDN's
// browser-compat-data: ES2020 syntax (acorn), no regular-expression lookbehind (a SyntaxError before Safari 16.4),
// and the run-time APIs they call. test/node/engines.test.mjs runs it; `node scripts/test/engine-audit.mjs` prints what
// it finds. Safari 14–16.3 and Chromium 80–91 cannot run here: this audit, with the tests in Chromium 92 and 108,
// stands for them (docs/testing.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'acorn';
import { ancestor } from 'acorn-walk';
import { FLOOR } from '../build/browser-floor.mjs';

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data');

/** Every script a browser runs: cdn/ (classic or module), dist/ (ES modules) and the demo and builder pages. */
export function shippedScripts() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push(path);
    }
  };
  for (const dir of ['cdn', 'dist', 'demo', 'shared']) walk(dir);
  return (
    files
      .map((file) => file.split('\\').join('/'))
      // sw-widgets/ssr is for Node only (its package export has the `node` condition alone): Node 20 parses it.
      .filter((file) => !file.startsWith('dist/ssr/'))
      .sort()
  );
}

/** Classic scripts (no import/export): the iife bundles, the resize script and the SSR worker. */
export const isClassicScript = (file) => /\.iife\.js$|\/embed-resize\.js$|\/sw-ssr-worker\.js$/.test(file);

/** Parses a file as ES2020: throws a SyntaxError naming the line for anything newer. */
export function parseES2020(file, code = readFileSync(file, 'utf8')) {
  return parse(code, { ecmaVersion: 2020, sourceType: isClassicScript(file) ? 'script' : 'module', locations: true });
}

/** Regular expressions with lookbehind ((?<= or (?<!): Safari before 16.4 rejects the whole script. */
export function lookbehinds(ast) {
  const found = [];
  ancestor(ast, {
    Literal(node) {
      const pattern = node.regex?.pattern ?? (typeof node.value === 'string' ? node.value : '');
      if (/\(\?<[=!]/.test(pattern)) found.push(`line ${node.loc.start.line}: ${pattern.slice(0, 60)}`);
    },
  });
  return found;
}

// ---- browser-compat-data ----

const BROWSERS = Object.keys(FLOOR);
const versionNumber = (version) => {
  if (typeof version !== 'string') return version === true ? 0 : Infinity;
  if (version === 'preview') return Infinity;
  return parseFloat(version.replace('≤', ''));
};

/** The floor browsers in which a feature (a __compat block) is missing or only behind a flag or prefix. */
export function missingAt(compat) {
  const missing = [];
  for (const browser of BROWSERS) {
    const statements = [compat.support[browser] ?? []].flat();
    // Unknown (no statement, or version_added null) is not counted against a feature.
    if (!statements.length || statements.every((statement) => statement.version_added === null)) continue;
    const floor = FLOOR[browser];
    const supported = statements.some(
      (statement) =>
        !statement.flags &&
        !statement.prefix &&
        !statement.alternative_name &&
        !statement.partial_implementation &&
        versionNumber(statement.version_added) <= floor &&
        (statement.version_removed === undefined || versionNumber(statement.version_removed) > floor),
    );
    if (!supported) {
      const first = statements.find(
        (statement) => !statement.flags && !statement.prefix && !statement.alternative_name,
      );
      missing.push(`${browser} ${first ? first.version_added : 'none'}`);
    }
  }
  return missing;
}

const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis']);
/** A global interface or builtin of that name (its __compat and members), or undefined. */
const globalEntry = (name) =>
  Object.hasOwn(bcd.javascript.builtins, name)
    ? bcd.javascript.builtins[name]
    : Object.hasOwn(bcd.api, name)
      ? bcd.api[name]
      : undefined;
const member = (entry, name) => (entry && Object.hasOwn(entry, name) && name !== '__compat' ? entry[name] : undefined);

/**
 * Instance members by name: for each property name, the members of builtins and interfaces that exist at the floor
 * but whose member does not (Array.prototype.at, Element.replaceChildren, CanvasRenderingContext2D.roundRect…).
 */
const lateMembers = (() => {
  const byName = new Map();
  // Names a builtin or interface of the floor also has (Array.prototype.map, Map.prototype.get): code calling them
  // cannot be told from code calling the late one (Iterator.prototype.map), and far more likely calls the old one.
  const atFloor = new Set();
  const add = (owner, entries) => {
    for (const [name, entry] of Object.entries(entries)) {
      if (!entry?.__compat || missingAt(entry.__compat).length) continue;
      for (const [memberName, memberEntry] of Object.entries(entry)) {
        if (memberName === '__compat' || !memberEntry?.__compat || memberName === name) continue;
        // Members described by their own words (`secure_context_required`, `options_x_parameter`…) are not names in code.
        if (/_/.test(memberName)) continue;
        const missing = missingAt(memberEntry.__compat);
        if (missing.length)
          byName.set(memberName, [
            ...(byName.get(memberName) ?? []),
            { feature: `${owner}${name}.${memberName}`, missing },
          ]);
        else atFloor.add(memberName);
      }
    }
  };
  add('', bcd.javascript.builtins);
  add('', bcd.api);
  for (const name of atFloor) byName.delete(name);
  return byName;
})();

/**
 * The run-time features a script uses that the floor lacks: globals (structuredClone), static members
 * (Object.hasOwn, AbortSignal.timeout, Intl.Segmenter), instance members by name (.replaceAll, .at, .findLast) and
 * Intl options (notation: 'compact'). Each finding is `{ feature, missing, where }`; the same feature once per file.
 */
export function auditApis(ast) {
  const declared = new Set();
  const objectKeys = new Set();
  const used = new Map();
  const note = (feature, missing, node) => {
    if (missing.length && !used.has(feature))
      used.set(feature, { feature, missing, where: `line ${node.loc.start.line}` });
  };
  const declare = (pattern) => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') declared.add(pattern.name);
    else if (pattern.type === 'ObjectPattern')
      for (const property of pattern.properties) declare(property.value ?? property.argument);
    else if (pattern.type === 'ArrayPattern') for (const element of pattern.elements) declare(element);
    else if (pattern.type === 'RestElement') declare(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') declare(pattern.left);
  };
  const functions = (node) => {
    if (node.id) declared.add(node.id.name);
    for (const param of node.params) declare(param);
  };
  ancestor(ast, {
    VariableDeclarator: (node) => declare(node.id),
    FunctionDeclaration: functions,
    FunctionExpression: functions,
    ArrowFunctionExpression: functions,
    ClassDeclaration: (node) => node.id && declared.add(node.id.name),
    ClassExpression: (node) => node.id && declared.add(node.id.name),
    CatchClause: (node) => declare(node.param),
    ImportSpecifier: (node) => declared.add(node.local.name),
    ImportDefaultSpecifier: (node) => declared.add(node.local.name),
    ImportNamespaceSpecifier: (node) => declared.add(node.local.name),
    Property: (node) => !node.computed && objectKeys.add(node.key.name ?? node.key.value),
  });
  const propertyName = (node) =>
    node.computed ? (typeof node.property.value === 'string' ? node.property.value : undefined) : node.property.name;
  /** The global a reference names (`Intl`, or `Intl` in `window.Intl`), when nothing in the file declares it. */
  const globalName = (node) => {
    if (node.type === 'Identifier' && !declared.has(node.name)) return node.name;
    if (
      node.type === 'MemberExpression' &&
      node.object.type === 'Identifier' &&
      GLOBAL_OBJECTS.has(node.object.name) &&
      !declared.has(node.object.name)
    )
      return propertyName(node);
    return undefined;
  };
  ancestor(ast, {
    Identifier(node, _state, ancestors) {
      const parent = ancestors[ancestors.length - 2];
      if (declared.has(node.name)) return;
      // A property name or key, not a reference.
      if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
      if (
        (parent?.type === 'Property' || parent?.type === 'MethodDefinition') &&
        parent.key === node &&
        !parent.computed
      )
        return;
      const entry = globalEntry(node.name);
      if (entry?.__compat) note(node.name, missingAt(entry.__compat), node);
    },
    MemberExpression(node) {
      const name = propertyName(node);
      if (!name) return;
      const owner = globalName(node.object);
      const ownerEntry = owner ? globalEntry(owner) : undefined;
      if (GLOBAL_OBJECTS.has(node.object.name) && !declared.has(node.object.name)) {
        const entry = globalEntry(name);
        if (entry?.__compat) note(name, missingAt(entry.__compat), node);
        return;
      }
      if (ownerEntry) {
        // A static member or a namespace's member (Intl.ListFormat, Object.hasOwn).
        const entry = member(ownerEntry, name);
        if (entry?.__compat) note(`${owner}.${name}`, missingAt(entry.__compat), node);
        return;
      }
      for (const late of lateMembers.get(name) ?? []) note(late.feature, late.missing, node);
    },
    NewExpression: (node) => intlOptions(node),
    CallExpression: (node) => intlOptions(node),
  });
  /** Options of an Intl constructor given as an object literal, or (minified code passes them on) any object key. */
  function intlOptions(node) {
    const callee = node.callee;
    if (callee.type !== 'MemberExpression' || globalName(callee.object) !== 'Intl') return;
    const name = propertyName(callee);
    const constructor = member(member(bcd.javascript.builtins.Intl, name), name);
    const options = member(constructor, 'options_parameter');
    if (!options) return;
    for (const [key, entry] of Object.entries(options)) {
      const option = /^options_(\w+)_parameter$/.exec(key)?.[1];
      if (option && objectKeys.has(option)) note(`Intl.${name} option ${option}`, missingAt(entry.__compat), node);
    }
  }
  return [...used.values()];
}

// ---- CSS ----

/** The CSS the elements, the embed page and the demo ship: the styles modules' template text and the .css files. */
export function shippedStyles() {
  const sources = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.styles\.ts$|\.css$|region-map-geo\.render\.ts$/.test(name)) sources.push(path.split('\\').join('/'));
    }
  };
  walk('src');
  for (const name of readdirSync('demo')) if (name.endsWith('.css')) sources.push(`demo/${name}`);
  return sources.sort().map((file) => {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.css')) return { file, css: text };
    // The template literals of a styles module (its CSS), substitutions left out; in the geo render module, GEO_CSS.
    const templates = file.endsWith('region-map-geo.render.ts')
      ? [/GEO_CSS = `([^`]*)`/.exec(text)[1]]
      : [...text.matchAll(/`([^`]*)`/g)].map((match) => match[1]);
    return { file, css: templates.join('\n').replace(/\$\{[^}]*\}/g, '') };
  });
}

const cssEntry = (path) => path.reduce((entry, key) => entry?.[key], bcd.css);

/**
 * The CSS features a style sheet uses that the floor lacks, each `{ feature, missing, where }`, except those inside an
 * `@supports` that tests them and declarations after a fallback for the same property (a value without var(),
 * which an engine that cannot parse the newer one keeps). Checked: properties, pseudo-classes and -elements,
 * color-mix(), min()/max()/clamp(), container units, @container and media features, gap in flex containers,
 * `overflow-wrap: anywhere` and alternative text in `content`.
 */
export function auditCss(css) {
  const found = new Map();
  const note = (feature, path, where) => {
    const entry = cssEntry(path);
    if (!entry?.__compat) return;
    const missing = missingAt(entry.__compat);
    if (missing.length && !found.has(feature)) found.set(feature, { feature, missing, where });
  };
  const text = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'[^']*'|"[^"]*"/g, (quoted) => quoted.replace(/[{};:]/g, ' '));
  // A small recursive reader: at-rules and rules, with the @supports conditions around them.
  let i = 0;
  const block = (supports) => {
    while (i < text.length) {
      const open = text.indexOf('{', i);
      const close = text.indexOf('}', i);
      if (close !== -1 && (open === -1 || close < open)) {
        i = close + 1;
        return;
      }
      if (open === -1) return;
      const head = text.slice(i, open).trim();
      i = open + 1;
      if (head.startsWith('@')) {
        const [, name, prelude] = /^@([\w-]+)\s*(.*)$/s.exec(head) ?? [];
        note(`@${name}`, ['at-rules', name], head);
        if (name === 'media')
          for (const [, feature] of prelude.matchAll(/\(\s*([\w-]+)/g))
            note(`@media (${feature})`, ['at-rules', 'media', feature], head);
        block(name === 'supports' && !/^not\b/.test(prelude) ? [...supports, prelude] : supports);
        continue;
      }
      const end = text.indexOf('}', i);
      const body = text.slice(i, end);
      i = end + 1;
      const guarded = (feature) => supports.some((condition) => condition.includes(feature));
      for (const [, pseudo] of head.matchAll(/::?([a-z-]+)/g))
        if (!guarded(pseudo)) note(`:${pseudo}`, ['selectors', pseudo], head);
      const declarations = body
        .split(';')
        .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
        .filter(([name, value]) => name && value !== undefined);
      const flex = declarations.some(([name, value]) => name === 'display' && /flex/.test(value));
      declarations.forEach(([name, value], index) => {
        const fallback = declarations
          .slice(0, index)
          .some(([earlier, earlierValue]) => earlier === name && !/var\(/.test(earlierValue));
        const check = (feature, path) =>
          guarded(feature) || fallback || note(feature, path, `${head} { ${name}: ${value} }`);
        if (!name.startsWith('--')) check(name, ['properties', name]);
        for (const fn of ['color-mix', 'min', 'max', 'clamp'])
          if (new RegExp(`(^|[^\\w-])${fn}\\(`).test(value))
            check(`${fn}()`, ['types', ...(fn === 'color-mix' ? ['color', fn] : [fn])]);
        if (/\d(cqi|cqw|cqh|cqb|cqmin|cqmax)\b/.test(value))
          check('container units', ['types', 'length', 'container_query_length_units']);
        if (name === 'gap' && flex) check('gap in flex', ['properties', 'gap', 'flex_context']);
        if (name === 'overflow-wrap' && value === 'anywhere')
          check('overflow-wrap: anywhere', ['properties', 'overflow-wrap', 'anywhere']);
        if (name === 'content' && /\/\s*['"]?/.test(value))
          check('content alternative text', ['properties', 'content', 'alt_text']);
      });
    }
  };
  block([]);
  return [...found.values()];
}

// `node scripts/test/engine-audit.mjs`: every finding of every shipped script.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop())) {
  for (const file of shippedScripts()) {
    let ast;
    try {
      ast = parseES2020(file);
    } catch (error) {
      console.log(`${file}: not ES2020: ${error.message}`);
      continue;
    }
    for (const found of lookbehinds(ast)) console.log(`${file}: lookbehind ${found}`);
    for (const found of auditApis(ast))
      console.log(`${file}: ${found.feature} (${found.missing.join(', ')}) ${found.where}`);
  }
  for (const { file, css } of shippedStyles())
    for (const found of auditCss(css))
      console.log(
        `${file}: CSS ${found.feature} (${found.missing.join(', ')}) ${found.where.replace(/\s+/g, ' ').slice(0, 100)}`,
      );
}
