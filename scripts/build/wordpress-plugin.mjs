// The WordPress plugin (wordpress/sw-widgets/): its generated files and its installable zip.
//   node scripts/build/wordpress-plugin.mjs generate   writes the generated files (run after `npm run build`)
//   node scripts/build/wordpress-plugin.mjs zip [out]  writes wordpress/build/sw-widgets.zip (or out): the plugin with its
//                                                generated files as generated now, its compiled translations and
//                                                its own copy of cdn/ (run after `npm run build`)
// Generated from the repository, never copied by hand: the elements' attributes (custom-elements.json, for the
// shortcode and the blocks' block.json), the bundled report's texts for readers without JavaScript
// (data/report.json, worded by the builder's snippet fallbacks), the translations' .mo and the block editor's JSON
// (from the .po files). test/node/wordpress-plugin.test.mjs fails when a generated file is out of date.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { textFunctions } from '../../cli/lib/widget-pages.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PLUGIN = join(ROOT, 'wordpress/sw-widgets');
export const ZIP = join(ROOT, 'wordpress/build/sw-widgets.zip');
const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'];

/** Attributes the plugin does not offer: server rendering's hydration switch has no use in a WordPress page. */
const LEFT_OUT = new Set(['defer-hydration']);

/** What the blocks say about themselves (block.json; translated through the .po files). */
const BLOCKS = {
  'stat-card': {
    title: 'Stat card',
    description: 'A figure from the report, with its place, date and source.',
    icon: 'chart-bar',
    keywords: ['figure', 'statistic', 'sw-widgets'],
  },
  'region-map': {
    title: 'Region map',
    description: 'China’s 34 provincial-level divisions: the report’s stories per division, or a figure for each.',
    icon: 'location-alt',
    keywords: ['map', 'province', 'sw-widgets'],
  },
  'story-list': {
    title: 'Story list',
    description: 'The report’s stories, by division or tag.',
    icon: 'list-view',
    keywords: ['stories', 'news', 'sw-widgets'],
  },
};

/** `export type Name = 'a' | 'b';` in the sources: the values of a type the manifest names by alias. */
function typeAliases() {
  const aliases = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        for (const [, name, union] of readFileSync(path, 'utf8').matchAll(
          /export type (\w+) = ((?:'[^']*'\s*\|?\s*)+);/g,
        ))
          aliases.set(name, literals(union));
      }
    }
  };
  walk(join(ROOT, 'src'));
  return aliases;
}

/** The string literals of a union type's text (`'grid' | 'geo' | null` → grid, geo), or undefined if it has other members. */
function literals(text) {
  const members = text
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'null' && member !== 'undefined');
  return members.length && members.every((member) => /^'[^']*'$/.test(member))
    ? members.map((member) => member.slice(1, -1))
    : undefined;
}

/**
 * Each element's attributes from custom-elements.json: `{ kind: { tag, attributes: [{ name, type, values? }] } }`
 * with type boolean, number, enum (values), url (fetched: `src`, `geo-src`), link (a URL pattern) or string.
 */
export function elementAttributes(manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'))) {
  const aliases = typeAliases();
  const elements = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName?.startsWith('sw-')) continue;
      const attributes = [];
      for (const attribute of declaration.attributes ?? []) {
        if (LEFT_OUT.has(attribute.name)) continue;
        const text = attribute.type?.text ?? 'string';
        const values = literals(text) ?? aliases.get(text.replace(/\s*\|\s*null$/, ''));
        const description = attribute.description ?? '';
        let type = 'string';
        if (values) type = 'enum';
        else if (/^boolean\b/.test(text)) type = 'boolean';
        else if (/^number\b/.test(text)) type = 'number';
        else if (/^URL\b/.test(description)) type = 'url';
        else if (/\bURL pattern\b/.test(description)) type = 'link';
        attributes.push(values ? { name: attribute.name, type, values } : { name: attribute.name, type });
      }
      elements[declaration.tagName.slice(3)] = { tag: declaration.tagName, attributes };
    }
  }
  return Object.fromEntries(Object.entries(elements).sort(([a], [b]) => a.localeCompare(b)));
}

/** A PHP single-quoted string. */
const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A PHP array literal of a JSON-like value, indented. */
function phpValue(value, indent = '') {
  if (Array.isArray(value)) return `array( ${value.map((item) => phpValue(item, indent)).join(', ')} )`;
  if (value && typeof value === 'object') {
    const inner = `${indent}\t`;
    return `array(\n${Object.entries(value)
      .map(([key, item]) => `${inner}${phpString(key)} => ${phpValue(item, inner)},`)
      .join('\n')}\n${indent})`;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return phpString(value);
}

const phpFile = (about, value) =>
  `<?php\n/**\n * ${about}\n * Generated by scripts/build/wordpress-plugin.mjs: do not edit.\n *\n * @package sw-widgets\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn ${phpValue(value)};\n`;

/** includes/elements.php: each element's tag and attributes (name => type, values). */
export function elementsPhp(elements = elementAttributes()) {
  const table = Object.fromEntries(
    Object.entries(elements).map(([kind, { tag, attributes }]) => [
      kind,
      {
        tag,
        attributes: Object.fromEntries(
          attributes.map(({ name, type, values }) => [name, values ? { type, values } : { type }]),
        ),
      },
    ]),
  );
  return phpFile("The elements' attributes, from custom-elements.json.", table);
}

/** Attributes a block does not offer: a list follows a map by `for` and an id, which blocks do not give. */
const NOT_IN_BLOCKS = new Set(['for']);

/** blocks/<kind>/block.json. */
export function blockJson(kind, { attributes }, version) {
  const about = BLOCKS[kind];
  const schema = (attribute) => {
    if (attribute.type === 'boolean') return { type: 'boolean' };
    if (attribute.type === 'number') return { type: 'number' };
    if (attribute.type === 'enum') return { type: 'string', enum: attribute.values };
    return { type: 'string' };
  };
  return {
    $schema: 'https://schemas.wp.org/wp/6.1/block.json',
    apiVersion: 2,
    name: `sw-widgets/${kind}`,
    version,
    title: about.title,
    category: 'widgets',
    icon: about.icon,
    description: about.description,
    keywords: about.keywords,
    textdomain: 'sw-widgets',
    attributes: Object.fromEntries(
      attributes
        .filter((attribute) => !NOT_IN_BLOCKS.has(attribute.name))
        .map((attribute) => [attribute.name, schema(attribute)]),
    ),
    // No block alignment: the card's own `align` attribute would clash with it.
    supports: { html: false },
    editorScript: 'sw-widgets-editor',
    editorStyle: 'sw-widgets-editor',
  };
}

/**
 * includes/report-texts.php: what the bundled report's widgets say without JavaScript, in each language, as the
 * builder's snippets say it: each card's figure as a sentence, the map of stories, each indicator's map, the
 * story list; the widgets' names and the report's title for the rest.
 */
export async function reportTextsPhp(report = JSON.parse(readFileSync(join(ROOT, 'data/report.json'), 'utf8'))) {
  const { cardFallback, mapFallback, listFallback, kinds, localize } = await textFunctions(
    new URL('../../', import.meta.url),
  );
  const each = (text) => Object.fromEntries(LANGUAGES.map((language) => [language, text(language)]));
  return phpFile(
    "The bundled report's texts for readers without JavaScript (data/report.json), and the widgets' names.",
    {
      report: report.id,
      kinds: each((language) => kinds(language)),
      title: each((language) => localize(report.title, language)),
      card: each((language) => cardFallback(report, {}, language)),
      metrics: Object.fromEntries(
        report.metrics.map((metric) => [
          metric.id,
          each((language) => cardFallback(report, { metric: metric.id }, language)),
        ]),
      ),
      map: each((language) => mapFallback(report, {}, language)),
      indicators: Object.fromEntries(
        (report.indicators ?? []).map((indicator) => [
          indicator.id,
          each((language) => mapFallback(report, { indicator: indicator.id }, language)),
        ]),
      ),
      list: each((language) => listFallback(report, {}, language)),
    },
  );
}

/** Every generated file of the plugin folder: path (relative to it) → content. */
export async function generatedFiles() {
  const elements = elementAttributes();
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const files = new Map([
    ['includes/elements.php', elementsPhp(elements)],
    ['includes/report-texts.php', await reportTextsPhp()],
  ]);
  for (const kind of Object.keys(BLOCKS))
    files.set(`blocks/${kind}/block.json`, JSON.stringify(blockJson(kind, elements[kind], version), null, 2) + '\n');
  return files;
}

// --- Translations: .po → .mo (PHP) and Jed JSON (the block editor's script) ---

/**
 * Every translatable string of the plugin: `__( '…', 'sw-widgets' )` and its kin in the PHP and the editor's
 * script, the blocks' titles, descriptions and keywords (translated with the contexts WordPress gives them) and
 * the plugin's description. `{ id, context?, files }`; the .po files must translate each (the test checks).
 */
export function sourceStrings() {
  const strings = new Map();
  const add = (id, file, context) => {
    const key = `${context ?? ''}\u0004${id}`;
    if (!strings.has(key)) strings.set(key, { id, ...(context ? { context } : {}), files: [] });
    if (!strings.get(key).files.includes(file)) strings.get(key).files.push(file);
  };
  const sources = listFiles(PLUGIN).filter((path) => /\.php$|^blocks\/editor\.js$/.test(path));
  for (const file of sources) {
    const text = readFileSync(join(PLUGIN, file), 'utf8');
    for (const [, id] of text.matchAll(
      /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'sw-widgets'\s*\)/g,
    ))
      add(id.replace(/\\(['\\])/g, '$1'), file);
    const description = /^ \* Description:\s*(.+)$/m.exec(text);
    if (file === 'sw-widgets.php' && description) add(description[1].trim(), file);
  }
  for (const kind of Object.keys(BLOCKS)) {
    const file = `blocks/${kind}/block.json`;
    const block = JSON.parse(readFileSync(join(PLUGIN, file), 'utf8'));
    add(block.title, file, 'block title');
    add(block.description, file, 'block description');
    for (const keyword of block.keywords) add(keyword, file, 'block keyword');
  }
  return [...strings.values()];
}

/** Unquotes a .po string. */
const poString = (quoted) => JSON.parse(quoted.replace(/\\(?!["\\ntr])/g, '\\\\'));

/**
 * The entries of a .po file: `{ context?, id, plural?, strings: string[], references: string[] }`, the header
 * entry (id '') first.
 */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const flush = () => {
    if (entry && entry.id !== undefined) entries.push(entry);
    entry = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    entry ??= { references: [], strings: [] };
    if (line.startsWith('#:'))
      entry.references.push(
        ...line
          .slice(2)
          .trim()
          .split(/\s+/)
          .map((reference) => reference.replace(/:\d+$/, '')),
      );
    else if (line.startsWith('#')) continue;
    else {
      const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
      if (match) {
        field =
          match[1] === 'msgctxt'
            ? 'context'
            : match[1] === 'msgid'
              ? 'id'
              : match[1] === 'msgid_plural'
                ? 'plural'
                : ['strings', Number(match[2] ?? 0)];
        const value = poString(match[3]);
        if (Array.isArray(field)) entry.strings[field[1]] = value;
        else entry[field] = value;
      } else if (/^".*"$/.test(line) && field) {
        if (Array.isArray(field)) entry.strings[field[1]] += poString(line);
        else entry[field] += poString(line);
      } else throw new Error(`not a .po line: ${raw}`);
    }
  }
  flush();
  return entries;
}

/** The key an entry has in .mo and Jed files: `context\u0004id`, or the id. */
const entryKey = (entry) => (entry.context !== undefined ? `${entry.context}\u0004${entry.id}` : entry.id);

/** A GNU .mo file (what WordPress's PHP reads) of .po entries; untranslated entries are left out. */
export function moFile(entries) {
  const pairs = entries
    .filter((entry) => entry.id === '' || entry.strings.some(Boolean))
    .map((entry) => [
      Buffer.from(entryKey(entry) + (entry.plural !== undefined ? `\0${entry.plural}` : '')),
      Buffer.from(entry.strings.join('\0')),
    ])
    .sort(([a], [b]) => Buffer.compare(a, b));
  const count = pairs.length;
  const header = 28;
  const tables = header + count * 16;
  let offset = tables;
  const originals = [];
  const translations = [];
  for (const [original] of pairs) {
    originals.push([original.length, offset]);
    offset += original.length + 1;
  }
  for (const [, translation] of pairs) {
    translations.push([translation.length, offset]);
    offset += translation.length + 1;
  }
  const out = Buffer.alloc(offset);
  out.writeUInt32LE(0x950412de, 0);
  out.writeUInt32LE(0, 4);
  out.writeUInt32LE(count, 8);
  out.writeUInt32LE(header, 12);
  out.writeUInt32LE(header + count * 8, 16);
  out.writeUInt32LE(0, 20);
  out.writeUInt32LE(tables, 24);
  originals.forEach(
    ([length, at], i) => (out.writeUInt32LE(length, header + i * 8), out.writeUInt32LE(at, header + i * 8 + 4)),
  );
  translations.forEach(
    ([length, at], i) => (
      out.writeUInt32LE(length, header + count * 8 + i * 8),
      out.writeUInt32LE(at, header + count * 8 + i * 8 + 4)
    ),
  );
  pairs.forEach(
    ([original, translation], i) => (original.copy(out, originals[i][1]), translation.copy(out, translations[i][1])),
  );
  return out;
}

/** The Jed 1.x JSON that wp_set_script_translations loads, of the entries a script uses (referenced from `script`). */
export function jedJson(entries, script, locale) {
  const header = entries.find((entry) => entry.id === '');
  const pluralForms = /Plural-Forms:\s*([^\n]*)/.exec(header?.strings[0] ?? '')?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
  for (const entry of entries) {
    if (entry.id === '' || !entry.strings.some(Boolean) || !entry.references.includes(script)) continue;
    messages[entryKey(entry)] = entry.strings;
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/** Compiled translations: languages/<name>.mo for each .po, and the editor script's JSON (by its handle). */
export function translationFiles() {
  const files = new Map();
  const folder = join(PLUGIN, 'languages');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.po'))) {
    const entries = parsePo(readFileSync(join(folder, name), 'utf8'));
    const locale = /-(\w+)\.po$/.exec(name)[1];
    files.set(`languages/${name.replace(/\.po$/, '.mo')}`, moFile(entries));
    files.set(`languages/sw-widgets-${locale}-sw-widgets-editor.json`, jedJson(entries, 'blocks/editor.js', locale));
  }
  return files;
}

// --- The zip ---

/** A zip archive (deflated entries) of `files`: path → bytes. */
export function zipArchive(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  // A fixed date (1 January 2024) keeps the archive the same for the same files.
  const time = 0;
  const date = ((2024 - 1980) << 9) | (1 << 5) | 1;
  for (const [path, content] of files) {
    const name = Buffer.from(path);
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x0314, 4); // made by Unix, zip 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

/** Every file of a folder, relative paths in order. */
function listFiles(folder, base = folder) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(join(folder, entry.name), base) : [relative(base, join(folder, entry.name))],
    );
}

/** The zip's files: the plugin folder, its compiled translations and cdn/ (without source maps), under sw-widgets/. */
export async function pluginZipFiles() {
  const cdn = join(ROOT, 'cdn');
  if (!existsSync(join(cdn, 'sw-widgets.iife.js'))) throw new Error('cdn/ is not built: run npm run build first');
  const files = new Map();
  for (const path of listFiles(PLUGIN)) files.set(`sw-widgets/${path}`, readFileSync(join(PLUGIN, path)));
  for (const [path, content] of await generatedFiles()) files.set(`sw-widgets/${path}`, content);
  for (const [path, content] of translationFiles()) files.set(`sw-widgets/${path}`, content);
  for (const path of listFiles(cdn).filter((name) => !name.endsWith('.map') && statSync(join(cdn, name)).isFile()))
    files.set(`sw-widgets/cdn/${path}`, readFileSync(join(cdn, path)));
  return files;
}

/** Writes the plugin's zip to `out`; returns its number of files and size. */
export async function writePluginZip(out = ZIP) {
  const files = await pluginZipFiles();
  mkdirSync(dirname(out), { recursive: true });
  const zip = zipArchive(files);
  writeFileSync(out, zip);
  return { files: files.size, bytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex') };
}

async function main(command, out) {
  if (command === 'generate') {
    for (const [path, content] of await generatedFiles()) writeFileSync(join(PLUGIN, path), content);
    console.log(`wordpress/sw-widgets: generated files written`);
  } else if (command === 'zip') {
    const zip = await writePluginZip(out);
    console.log(
      `${relative(ROOT, out ?? ZIP)}: ${zip.files} files, ${(zip.bytes / 1024).toFixed(0)} KB (sha256 ${zip.sha256.slice(0, 12)}…)`,
    );
  } else {
    console.error('usage: node scripts/build/wordpress-plugin.mjs generate|zip');
    process.exitCode = 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv[2], process.argv[3]);
