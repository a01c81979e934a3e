// The Simplified Chinese guides (README.zh-CN.md, docs/zh-CN/) kept in step with the English pages they follow and
// with the tools they describe: every Chinese heading names the English heading it stands for (a
// `<!-- en: #anchor -->` line under it) and every English heading has one, in the same order; links resolve;
// commands, flags, attributes, ids and file names exist; snippets carry the hashes of the files; tables list what
// the English (and the CSV reader) list; CLI transcripts print what the command prints in Chinese; the builder
// guide names the builder's controls in the builder's own words. A failure names the page and what to bring in step.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { run } from '../../cli/main.js';
import { CSV_FILES } from '../../cli/lib/csv-model.js';
import { snippetScripts } from '../../cli/lib/manifest.js';
import { BUILDER_MESSAGES } from '../../demo/builder.messages.js';
import { toCsv } from '../../dist/export/csv.js';
import { ROOT, readJson, tempFolder } from './cli-helpers.mjs';

/** Each Chinese page and the English page it follows (for the builder guide, one section of it). */
const PAGES = [
  { zh: 'README.zh-CN.md', en: 'README.md', tables: ['the-elements'] },
  { zh: 'docs/zh-CN/publishing.md', en: 'docs/publishing.md', tables: ['the-csv-files', 'hosting'] },
  { zh: 'docs/zh-CN/report-format.md', en: 'docs/report-format.md', tables: ['the-fields'] },
  { zh: 'docs/zh-CN/builder.md', en: 'docs/embed.md', section: 'the-embed-builder' },
];

const read = (path) => readFileSync(join(ROOT, path), 'utf8');

/** GitHub's anchor for a heading (as test/docs.test.ts computes it). */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/**
 * A Markdown page taken apart: headings (with anchors, GitHub's -1, -2 for repeats, and the `en` marker on the
 * line below), fenced code blocks (with their language and the HTML comment just above), the prose without
 * code blocks, and `en-skip` markers.
 */
function parsePage(text) {
  const lines = text.split('\n');
  const headings = [];
  const blocks = [];
  const seen = new Map();
  const prose = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)/.exec(lines[i]);
    if (fence) {
      const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
      const before = lines
        .slice(0, i)
        .reverse()
        .find((line) => line.trim());
      blocks.push({
        lang: fence[1],
        code: lines.slice(i + 1, end).join('\n'),
        comment: /^<!-- (.*) -->$/.exec(before ?? '')?.[1] ?? '',
        line: i + 1,
      });
      i = end;
      continue;
    }
    prose.push(lines[i]);
    const heading = /^(#{1,6}) (.+)$/.exec(lines[i]);
    if (heading) {
      const base = slug(heading[2]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      headings.push({
        level: heading[1].length,
        text: heading[2],
        anchor: count ? `${base}-${count}` : base,
        marker: /^<!-- en: (.+?) -->$/.exec(lines[i + 1] ?? '')?.[1],
        line: i + 1,
      });
    }
  }
  const skips = [...text.matchAll(/^<!-- en-skip: (.+?) — (.+?) -->$/gm)].map((m) => ({ target: m[1], reason: m[2] }));
  return { text, headings, blocks, prose: prose.join('\n'), skips };
}

const pageCache = new Map();
const page = (path) => {
  if (!pageCache.has(path)) pageCache.set(path, parsePage(read(path)));
  return pageCache.get(path);
};

/** The bold leads (`**The report.** …`) of one section of a page: the parts of a section without sub-headings. */
function sectionLeads(path, anchor) {
  const { headings, text } = page(path);
  const start = headings.findIndex((h) => h.anchor === anchor);
  const lines = text.split('\n');
  const from = headings[start].line;
  const to = headings.slice(start + 1).find((h) => h.level <= headings[start].level)?.line ?? lines.length + 1;
  return lines
    .slice(from, to - 1)
    .map((line) => /^\*\*(.+?)\.\*\*(?:\s|$)/.exec(line)?.[1])
    .filter(Boolean);
}

/**
 * What an English page asks its Chinese page to cover, in order: `path#anchor` for each heading, or for a
 * section pair the section and its bold leads (`path#anchor › Lead`).
 */
function englishParts(pair) {
  if (pair.section)
    return [
      `${pair.en}#${pair.section}`,
      ...sectionLeads(pair.en, pair.section).map((lead) => `${pair.en}#${pair.section} › ${lead}`),
    ];
  return page(pair.en).headings.map((h) => `${pair.en}#${h.anchor}`);
}

/** A marker's target (`#anchor`, `../embed.md#anchor › Lead`) as a repository path: `docs/embed.md#anchor › Lead`. */
function resolveTarget(from, target) {
  const [link, lead] = target.split(' › ');
  const [path, anchor] = link.split('#');
  const file = path ? posix.normalize(posix.join(posix.dirname(from), path)) : pairOf(from).en;
  return { key: `${file}#${anchor}${lead ? ` › ${lead}` : ''}`, file, anchor, lead };
}
const pairOf = (zh) => PAGES.find((pair) => pair.zh === zh);

/** Relative links in prose: `[text](target)`. */
const linksOf = (prose) =>
  [...prose.replace(/<!--[\s\S]*?-->/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/.test(target));

/** Inline code spans of the prose. */
const inlineCode = (prose) => [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);

for (const pair of PAGES) {
  test(`${pair.zh}: each heading names the English heading it stands for, every English heading has one, in order`, () => {
    const zh = page(pair.zh);
    const covered = new Set();
    const order = englishParts(pair);
    let last = -1;
    for (const heading of zh.headings) {
      assert.ok(heading.marker, `${pair.zh}:${heading.line} "${heading.text}" has no <!-- en: #… --> line under it`);
      const target = resolveTarget(pair.zh, heading.marker);
      assert.ok(
        existsSync(join(ROOT, target.file)),
        `${pair.zh}:${heading.line} names ${target.file}, which does not exist`,
      );
      assert.ok(
        page(target.file).headings.some((h) => h.anchor === target.anchor),
        `${pair.zh}:${heading.line} names ${target.key}: no such heading in ${target.file}`,
      );
      if (target.lead)
        assert.ok(
          sectionLeads(target.file, target.anchor).includes(target.lead),
          `${pair.zh}:${heading.line} names ${target.key}: no such part of that section`,
        );
      covered.add(target.key);
      // Headings that stand for another page (the builder guide's "no scripts at all") are outside the order.
      const index = order.indexOf(target.key);
      if (index === -1) continue;
      assert.ok(
        index >= last,
        `${pair.zh}:${heading.line} "${heading.text}" (${target.key}) comes after a heading that the English has later: follow ${pair.en}'s order`,
      );
      last = index;
    }
    for (const skip of zh.skips) {
      const target = resolveTarget(pair.zh, skip.target);
      assert.ok(order.includes(target.key), `${pair.zh}: en-skip names ${target.key}, which ${pair.en} does not have`);
      covered.add(target.key);
    }
    const missing = order.filter((key) => !covered.has(key));
    assert.deepEqual(
      missing,
      [],
      `${pair.zh} has no Chinese counterpart for these parts of ${pair.en} (add a section with <!-- en: … -->, or <!-- en-skip: … — reason -->)`,
    );
  });

  test(`${pair.zh}: links to it from the English page and back, and its links lead to files and headings that exist`, () => {
    const zh = page(pair.zh);
    const toEnglish = posix.relative(posix.dirname(pair.zh), pair.en);
    assert.ok(
      zh.text.split('\n')[0].includes(`](${toEnglish}`),
      `${pair.zh}: the first line links to the English page (${toEnglish})`,
    );
    const toChinese = posix.relative(posix.dirname(pair.en), pair.zh);
    assert.ok(page(pair.en).prose.includes(`](${toChinese})`), `${pair.en} links to its Chinese version ${toChinese}`);
    for (const target of linksOf(zh.prose)) {
      const [path, anchor] = target.split('#');
      const file = path ? posix.normalize(posix.join(posix.dirname(pair.zh), path)) : pair.zh;
      // A folder is a page on GitHub when it has a README or an index page (as test/docs.test.ts checks it).
      const found = file.endsWith('/')
        ? ['README.md', 'index.html'].some((name) => existsSync(join(ROOT, file, name)))
        : existsSync(join(ROOT, file));
      assert.ok(found, `${pair.zh} links to ${target}: ${file} does not exist`);
      if (anchor && file.endsWith('.md'))
        assert.ok(
          page(file).headings.some((h) => h.anchor === anchor),
          `${pair.zh} links to ${target}: ${file} has no heading #${anchor}`,
        );
    }
  });

  test(`${pair.zh}: is written in Chinese`, () => {
    // Prose without code, links' addresses and comments: a page pasted in English (under 2 % Han) fails.
    const prose = page(pair.zh)
      .prose.replace(/`[^`]*`/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/https?:\/\/\S+/g, '');
    const han = prose.match(/\p{Script=Han}/gu)?.length ?? 0;
    const latin = prose.match(/[A-Za-z]/g)?.length ?? 0;
    assert.ok(han / (han + latin) > 0.6, `${pair.zh}: ${han} Han characters and ${latin} Latin letters outside code`);
  });
}

/** Commands and options of `sw-widgets`, read from its own --help. */
async function cliOptions() {
  const help = async (args) => {
    let text = '';
    await run([...args, '--help', '--lang', 'en'], { stdout: (t) => (text += t), stderr: (t) => (text += t), env: {} });
    return text;
  };
  const main = await help([]);
  const commands = [...main.slice(main.indexOf('Commands:')).matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]);
  const options = new Map();
  for (const command of commands)
    options.set(
      command,
      new Set([...(await help([command])).matchAll(/(?<![\w-])(--?[A-Za-z][\w-]*)/g)].map((m) => m[1])),
    );
  return { commands, options };
}

/** Every `sw-widgets …` command line of a page: in code blocks (also `$ npx sw-widgets`) and in inline code. */
function commandLines(zh) {
  const lines = [...zh.blocks.flatMap((block) => block.code.split('\n')), ...inlineCode(zh.prose)];
  return lines.map((line) => /(?:^|\s|\$ )(?:npx )?sw-widgets (.+)$/.exec(line.trim())?.[1]).filter(Boolean);
}

test('the Chinese pages name only sw-widgets commands and options that exist, and npm scripts that exist', async () => {
  const { commands, options } = await cliOptions();
  assert.ok(commands.includes('import') && commands.includes('bundle'), commands.join(' '));
  const scripts = Object.keys(readJson(join(ROOT, 'package.json')).scripts);
  for (const { zh: path } of PAGES) {
    const zh = page(path);
    for (const line of commandLines(zh)) {
      const words = line.split(/\s+/);
      const command = words.find((word, i) => !word.startsWith('-') && words[i - 1] !== '--lang');
      if (!/^[a-z][\w-]*$/.test(command ?? '') || command === 'help') continue;
      assert.ok(
        commands.includes(command),
        `${path}: \`sw-widgets ${line}\`: there is no command ${command} (${commands.join(', ')})`,
      );
      for (const flag of line.match(/(?<![\w-])--?[A-Za-z][\w-]*/g) ?? [])
        assert.ok(options.get(command).has(flag), `${path}: \`sw-widgets ${line}\`: ${command} has no option ${flag}`);
    }
    // The synopsis block: each line is a command with its options.
    const synopsis = zh.blocks.find((block) => block.code.startsWith('npx sw-widgets <command>'));
    for (const line of synopsis?.code
      .split('\n')
      .slice(1)
      .filter((l) => l.trim()) ?? []) {
      const [command] = line.trim().split(/\s+/);
      assert.ok(commands.includes(command), `${path}: synopsis line "${line.trim()}": no command ${command}`);
      for (const flag of line.match(/(?<![\w-])--?[A-Za-z][\w-]*/g) ?? [])
        assert.ok(
          options.get(command).has(flag) || flag === '--help',
          `${path}: synopsis: ${command} has no option ${flag}`,
        );
    }
    for (const [, script] of [...zh.blocks.map((b) => b.code), ...inlineCode(zh.prose)]
      .join('\n')
      .matchAll(/\bnpm (?:run )?(start|test|run [\w:-]+)\b/g)) {
      const name = script.replace(/^run /, '');
      assert.ok(scripts.includes(name), `${path}: npm ${script}: package.json has no script ${name}`);
    }
  }
});

test('the Chinese pages name files that exist, or that their English page names too', () => {
  const folders = ['', 'cdn/', 'templates/', 'data/', 'docs/', 'demo/'];
  for (const pair of PAGES) {
    const zh = page(pair.zh);
    const english = read(pair.en);
    for (const code of inlineCode(zh.prose)) {
      if (
        !/^[\w@.*/-]+(\.(csv|json|js|mjs|ts|html|css|md)|\/)$/.test(code) ||
        code.includes('*') ||
        code.startsWith('.')
      )
        continue;
      const path = code.replace(/^node_modules\/sw-widgets\//, '');
      const exists = folders.some((folder) => existsSync(join(ROOT, folder, path)));
      assert.ok(
        exists || english.includes(code),
        `${pair.zh}: \`${code}\` is neither a file of the repository nor named in ${pair.en}`,
      );
    }
  }
});

test('the Chinese pages’ snippets use attributes the elements have, ids the bundled report has, and the hashes of the files they load', () => {
  const manifest = readJson(join(ROOT, 'cdn/manifest.json'));
  const elements = readJson(join(ROOT, 'custom-elements.json'))
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName);
  const attributes = new Map(elements.map((d) => [d.tagName, new Set((d.attributes ?? []).map((a) => a.name))]));
  const metricIds = new Set(readJson(join(ROOT, 'data/report.json')).metrics.map((m) => m.id));
  let tags = 0;
  for (const { zh: path } of PAGES) {
    const zh = page(path);
    const html = [...zh.blocks.filter((b) => b.lang === 'html').map((b) => b.code), ...inlineCode(zh.prose)].join('\n');
    for (const [, tag, attrs] of html.matchAll(/<(sw-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g)) {
      tags++;
      assert.ok(attributes.has(tag), `${path}: <${tag}> is not an element`);
      const given = Object.fromEntries([...attrs.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']));
      for (const name of Object.keys(given))
        assert.ok(attributes.get(tag).has(name) || name === 'id', `${path}: <${tag}> has no attribute ${name}`);
      if (given.metric && !given.src)
        assert.ok(
          metricIds.has(given.metric),
          `${path}: <${tag} metric="${given.metric}">: the bundled report has no such metric`,
        );
    }
    for (const [, query] of html.matchAll(/embed\.html\?([^"]+)"/g)) {
      const params = new URLSearchParams(query.replaceAll('&amp;', '&'));
      assert.ok(
        ['stat-card', 'region-map', 'story-list', 'map-list'].includes(params.get('el')),
        `${path}: embed.html?${query}: el`,
      );
      if (params.get('metric'))
        assert.ok(metricIds.has(params.get('metric')), `${path}: embed.html?${query}: no such metric`);
    }
    // A script tag naming this version on a CDN carries the hash of that file (npm run build pins them); one on
    // the publisher's own host names a file that the bundle has.
    for (const { tag, version, file, integrity } of snippetScripts(zh.text)) {
      assert.equal(version, manifest.version, `${path}: ${tag}`);
      assert.equal(integrity, manifest.files[file].integrity, `${path}: ${tag} (npm run build updates the hashes)`);
    }
    for (const [, file] of html.matchAll(/<script [^>]*src="[^"]*\/([\w.-]+\.js)"/g))
      assert.ok(manifest.files[file], `${path}: a script tag loads ${file}, which cdn/ does not have`);
  }
  assert.ok(tags >= 6, 'the pages show snippets');
});

test('the Chinese pages’ JSON is the English pages’ JSON', () => {
  for (const pair of PAGES) {
    const english = read(pair.en);
    for (const block of page(pair.zh).blocks.filter((b) => b.lang === 'json')) {
      assert.ok(
        english.includes('```json\n' + block.code + '\n```'),
        `${pair.zh}:${block.line}: this JSON is not in ${pair.en} as it is`,
      );
    }
  }
});

/** The rows of the tables in one section of a page, keyed by the first code span of their first cell. */
function tableRows(path, anchor) {
  const { text, headings } = page(path);
  const lines = text.split('\n');
  const start = headings.find((h) => h.anchor === anchor);
  const end = headings.find((h) => h.line > start.line && h.level <= start.level)?.line ?? lines.length + 1;
  const rows = new Map();
  for (const line of lines.slice(start.line, end - 1)) {
    const cells = line.startsWith('|') ? line.split(/(?<!\\)\|/).slice(1, -1) : [];
    const key = /`([^`]+)`/.exec(cells[0] ?? '')?.[1];
    if (key) rows.set(key, { cells, code: new Set(inlineCode(line)) });
  }
  return rows;
}

/** The sections of a Chinese page that stand for an English heading (one English section may be several). */
const chineseSections = (pair, anchor) =>
  page(pair.zh).headings.filter((h) => h.marker && resolveTarget(pair.zh, h.marker).key === `${pair.en}#${anchor}`);

test('the Chinese tables list every row of the English tables, with the same names in code', () => {
  for (const pair of PAGES.filter((p) => p.tables)) {
    for (const anchor of pair.tables) {
      const english = tableRows(pair.en, anchor);
      assert.ok(english.size > 2, `${pair.en}#${anchor} has a table`);
      const chinese = new Map(chineseSections(pair, anchor).flatMap((h) => [...tableRows(pair.zh, h.anchor)]));
      for (const [key, row] of english) {
        assert.ok(chinese.has(key), `${pair.zh}: the table for ${pair.en}#${anchor} has no row \`${key}\``);
        const lost = [...row.code].filter((code) => !chinese.get(key).code.has(code));
        assert.deepEqual(lost, [], `${pair.zh}: row \`${key}\` lacks what ${pair.en} writes in code`);
      }
    }
  }
});

test('docs/zh-CN/publishing.md lists every CSV file with the columns import reads, required ones in bold', () => {
  const pair = pairOf('docs/zh-CN/publishing.md');
  const rows = new Map(chineseSections(pair, 'the-csv-files').flatMap((h) => [...tableRows(pair.zh, h.anchor)]));
  for (const spec of CSV_FILES) {
    assert.ok(rows.has(spec.file), `no row for ${spec.file}`);
    const written = rows
      .get(spec.file)
      .cells.at(-1)
      .split(',')
      .map((cell) => cell.trim());
    const expected = spec.columns.map((column) => (column.required ? `**${column.name}**` : column.name));
    assert.deepEqual(written, expected, `${spec.file}: the columns as cli/lib/csv-model.js reads them`);
  }
});

test('docs/zh-CN/builder.md names every control of the builder in the words of its interface, and every attribute the English names', () => {
  const ui = BUILDER_MESSAGES['zh-Hans'];
  const html = read('demo/builder.html');
  // The interface's words: its messages (the fixed parts of those that take values) and the page's own texts.
  const words = new Set(
    Object.values(ui).flatMap((value) =>
      typeof value === 'string'
        ? [value]
        : [...String(value).matchAll(/`([^`]*)`/g)]
            .flatMap((m) => m[1].split(/\$\{[^}]*\}/))
            .map((part) => part.trim())
            .filter(Boolean),
    ),
  );
  for (const [, text] of html.matchAll(/>([^<>]+)</g)) if (text.trim()) words.add(text.trim());
  const guide = page('docs/zh-CN/builder.md');
  const bold = new Set([...guide.prose.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]));
  const notUi = [...bold].filter((text) => !words.has(text));
  assert.deepEqual(
    notUi,
    [],
    'bold in the builder guide is the interface’s own text (demo/builder.messages.js, demo/builder.html): write other emphasis otherwise',
  );
  // Every control's label: legends, labels, check boxes, headings, buttons, disclosures, group titles.
  const controls = [
    ...html.matchAll(/<(legend|label|span|h2|button|summary|p class="group-title")[^>]*data-text="(\w+)"/g),
  ].map((m) => m[2]);
  assert.ok(controls.length > 40, `${controls.length} controls`);
  const unnamed = [...new Set(controls)].filter((key) => !bold.has(ui[key]));
  assert.deepEqual(
    unnamed,
    [],
    'controls of demo/builder.html that the guide does not name (in bold, as the interface words them)',
  );
  // The attributes the English section's table gives for each element (its second column).
  const section = read('docs/embed.md').split('\n## The embed builder')[1].split('\n## ')[0];
  const attributes = section
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .flatMap((line) => inlineCode(line.split('|')[2] ?? ''));
  assert.ok(attributes.includes('story-link') && attributes.includes('tools'), attributes.join(' '));
  const code = inlineCode(guide.prose).map((span) => span.split('=')[0]);
  for (const name of attributes)
    assert.ok(code.includes(name), `docs/zh-CN/builder.md does not give the attribute \`${name}\``);
});

/**
 * Sets up a folder as the pages' examples assume: my-report/ is the bundled report as export-csv writes it (the
 * examples' figures are the digest's), my-report.json its import, broken.json the validate example.
 */
async function examplesFolder(t) {
  const folder = tempFolder(t, 'sw-zh-docs-');
  const quiet = { cwd: folder, stdout: () => {}, stderr: () => {}, env: {} };
  assert.equal(await run(['export-csv', join(ROOT, 'data/report.json'), '--out', 'my-report'], quiet), 0);
  assert.equal(await run(['import', 'my-report/', '--out', 'my-report.json'], quiet), 0);
  // The validate example of docs/publishing.md: a misspelt field and a figure written with 万.
  const report = readJson(join(folder, 'my-report.json'));
  const broken = Object.fromEntries(
    Object.entries(report).map(([key, value]) => [key === 'headline' ? 'hedline' : key, value]),
  );
  broken.metrics[1].value = '32万';
  writeFileSync(join(folder, 'broken.json'), JSON.stringify(broken, null, 2) + '\n');
  return folder;
}

/** `<!-- setup: metrics.csv row 3 value 32万 -->` above a transcript: one cell changed first. */
function applySetup(folder, setup) {
  const edit = /^setup: (\S+\.csv) row (\d+) (\S+) (.+)$/.exec(setup);
  if (!edit) return;
  const [, file, row, column, value] = edit;
  const path = join(folder, 'my-report', file);
  const [header, ...rows] = parse(readFileSync(path, 'utf8'), { bom: true });
  assert.ok(
    rows[Number(row) - 2] && header.includes(column),
    `${setup}: my-report/${file} (the bundled report) has no row ${row} or no column ${column}: change the example to one it has`,
  );
  rows[Number(row) - 2][header.indexOf(column)] = value;
  writeFileSync(path, toCsv({ header, rows }));
}

test('the Chinese transcripts print what sw-widgets prints in Chinese', async (t) => {
  let transcripts = 0;
  for (const { zh: path } of PAGES) {
    for (const block of page(path).blocks.filter((b) => b.lang === 'console')) {
      const [first, ...expected] = block.code.split('\n');
      const command = /^\$ npx sw-widgets (\S+) (.*)$/.exec(first);
      assert.ok(command, `${path}:${block.line}: a console block starts with $ npx sw-widgets`);
      // serve keeps running: its transcript is checked by its own test (cli-serve); the message is from the CLI's table.
      if (command[1] === 'serve') continue;
      const folder = await examplesFolder(t);
      applySetup(folder, block.comment);
      let output = '';
      const print = (text) => (output += text);
      await run([command[1], ...command[2].split(' ')], {
        cwd: folder,
        stdout: print,
        stderr: print,
        env: { LANG: 'zh_CN.UTF-8' },
      });
      const actual = output.replace(/\n+$/, '').split('\n');
      assert.equal(actual.length, expected.length, `${path}:${block.line}: ${first}\n${output}`);
      expected.forEach((line, i) => {
        const pattern = new RegExp(
          '^' +
            line
              .split('…')
              .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*?') +
            '$',
        );
        assert.match(actual[i], pattern, `${path}:${block.line}: ${first}, line ${i + 2}`);
      });
      transcripts++;
    }
  }
  assert.ok(transcripts >= 4, `${transcripts} transcripts run`);
});

test('README.md links to README.zh-CN.md on its first line', () => {
  assert.match(read('README.md').split('\n')[0], /\]\(README\.zh-CN\.md\)/);
  // Each Chinese guide is linked from the Chinese README.
  for (const { zh } of PAGES.slice(1))
    assert.ok(read('README.zh-CN.md').includes(`](${zh})`), `README.zh-CN.md links to ${zh}`);
  assert.ok(existsSync(join(dirname(join(ROOT, 'README.zh-CN.md')), 'docs/zh-CN')));
});
