// `sw-widgets render <element>`: prints an element rendered on the server (declarative shadow DOM, see
// docs/ssr.md), to paste into a page or a template; the script tag makes it interactive (hydration).
// A command module of the `sw-widgets` CLI: `{ name, register(program, context) }`; `context` gives
// `out`/`err` (print a line), `cwd`, `lang` (the CLI's message language) and `exitCode`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readFailure } from '../lib/read-input.js';
import { MESSAGES as CLI_MESSAGES } from '../messages.js';

const TAGS = ['sw-stat-card', 'sw-region-map', 'sw-story-list'];

const MESSAGES = {
  'zh-Hans': {
    description: '输出在服务器端渲染好的元素 HTML（声明式影子 DOM），可直接放进网页；加上脚本标签后即可交互',
    element: '元素：sw-stat-card、sw-region-map 或 sw-story-list（也可省略 sw-）',
    metric: '数字的 id（卡片、地图）',
    selected: '地图选中的省级行政区代码，如 440000',
    region: '报道列表只显示该省级行政区，如 440000',
    tag: '报道列表只显示该标签',
    id: '元素的 id（列表用 for 跟随地图）',
    for: '报道列表跟随的地图 id',
    attr: '其他属性，名称=值（可重复）',
    language: '元素的语言：zh-Hans（默认）、zh-Hant 或 en',
    theme: '配色：light（默认）、dark 或 auto',
    report: '报告 JSON 文件（不写则用内置报告）；浏览器还需要同一份报告：用 --src 给出它的网址',
    src: '浏览器加载同一份报告的网址（写入 src 属性）',
    script: '在元素后加上脚本标签，如 https://…/sw-widgets.js',
    terms: { element: '元素', id: '编号', code: '代码', attr: '名称=值', theme: '配色' },
    unknownElement: (name) => `未知元素：${name}（应为 ${TAGS.join('、')}）`,
    badAttr: (value) => `属性应写成 名称=值：${value}`,
    cannotRead: (file, why) => `无法读取 ${file}：${why}`,
    notJson: (file) => `${file} 不是有效的 JSON`,
    invalid: '报告无效：输出的是元素显示的错误信息（用 sw-widgets validate 查看每个问题）',
    noDist: '找不到 dist/ssr（在仓库中请先运行 npm run build）',
  },
  'zh-Hant': {
    description: '輸出在伺服器端渲染好的元素 HTML（宣告式影子 DOM），可直接放進網頁；加上腳本標籤後即可互動',
    element: '元素：sw-stat-card、sw-region-map 或 sw-story-list（也可省略 sw-）',
    metric: '數字的 id（卡片、地圖）',
    selected: '地圖選中的省級行政區代碼，如 440000',
    region: '報道列表只顯示該省級行政區，如 440000',
    tag: '報道列表只顯示該標籤',
    id: '元素的 id（列表用 for 跟隨地圖）',
    for: '報道列表跟隨的地圖 id',
    attr: '其他屬性，名稱=值（可重複）',
    language: '元素的語言：zh-Hans（預設）、zh-Hant 或 en',
    theme: '配色：light（預設）、dark 或 auto',
    report: '報告 JSON 檔案（不寫則用內置報告）；瀏覽器還需要同一份報告：用 --src 給出它的網址',
    src: '瀏覽器載入同一份報告的網址（寫入 src 屬性）',
    script: '在元素後加上腳本標籤，如 https://…/sw-widgets.js',
    terms: { element: '元素', id: '編號', code: '代碼', attr: '名稱=值', theme: '配色' },
    unknownElement: (name) => `未知元素：${name}（應為 ${TAGS.join('、')}）`,
    badAttr: (value) => `屬性應寫成 名稱=值：${value}`,
    cannotRead: (file, why) => `無法讀取 ${file}：${why}`,
    notJson: (file) => `${file} 不是有效的 JSON`,
    invalid: '報告無效：輸出的是元素顯示的錯誤訊息（用 sw-widgets validate 查看每個問題）',
    noDist: '找不到 dist/ssr（在程式庫中請先執行 npm run build）',
  },
  en: {
    description:
      'print an element rendered on the server (declarative shadow DOM) to paste into a page; add the script tag to make it interactive',
    element: 'the element: sw-stat-card, sw-region-map or sw-story-list (sw- may be left out)',
    metric: 'id of a metric (card, map)',
    selected: "the map's selected division code, e.g. 440000",
    region: 'the story list shows only this division, e.g. 440000',
    tag: 'the story list shows only this tag',
    id: 'id of the element (a list follows a map by for)',
    for: 'id of the map the story list follows',
    attr: 'any other attribute, name=value (repeatable)',
    language: "the element's language: zh-Hans (default), zh-Hant or en",
    theme: 'color theme: light (default), dark or auto',
    report:
      'report JSON file (without it: the bundled report); the browser needs the same report: give its URL with --src',
    src: 'URL from which the browser loads the same report (the src attribute)',
    script: 'add a script tag after the element, e.g. https://…/sw-widgets.js',
    terms: { element: 'element', id: 'id', code: 'code', attr: 'name=value', theme: 'theme' },
    unknownElement: (name) => `unknown element: ${name} (expected ${TAGS.join(', ')})`,
    badAttr: (value) => `an attribute is written name=value: ${value}`,
    cannotRead: (file, why) => `cannot read ${file}: ${why}`,
    notJson: (file) => `${file} is not valid JSON`,
    invalid:
      'the report is invalid: the output is the error the element shows (sw-widgets validate lists every problem)',
    noDist: 'dist/ssr not found (in the repository, run npm run build first)',
  },
};

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet for one element, or a problem.
 * @returns {Promise<{ html?: string, error?: string, warning?: string }>}
 */
export async function renderSnippet(element, options, { cwd = process.cwd(), lang = 'en' } = {}) {
  const t = MESSAGES[lang] ?? MESSAGES.en;
  const tag = element.startsWith('sw-') ? element : `sw-${element}`;
  if (!TAGS.includes(tag)) return { error: t.unknownElement(element) };
  const attributes = {};
  for (const pair of options.attr ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) return { error: t.badAttr(pair) };
    attributes[pair.slice(0, at)] = pair.slice(at + 1);
  }
  for (const name of ['id', 'metric', 'selected', 'region', 'tag', 'for', 'src'])
    if (options[name] !== undefined) attributes[name] = options[name];
  let report;
  if (options.report) {
    let text;
    try {
      text = await readFile(resolve(cwd, options.report), 'utf8');
    } catch (error) {
      return { error: t.cannotRead(options.report, readFailure(error, CLI_MESSAGES[lang] ?? CLI_MESSAGES.en)) };
    }
    try {
      report = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      return { error: t.notJson(options.report) };
    }
  }
  let ssr;
  try {
    ssr = await import('../../dist/ssr/index.js');
  } catch {
    return { error: t.noDist };
  }
  let html;
  try {
    html = ssr.renderToString(tag, attributes, { report, lang: options.language ?? 'zh-Hans', theme: options.theme });
  } catch (error) {
    return { error: error.message };
  }
  if (options.script) html += `\n<script type="module" src="${escapeAttribute(options.script)}"></script>`;
  const warning = report !== undefined && html.includes('role="alert"') ? t.invalid : undefined;
  return { html, warning };
}

export default {
  name: 'render',
  /**
   * Registers `render` on a commander program. `--lang` sets the element's language, unless the program
   * already has a global `--lang` (the CLI's message language): then `--lang` is read from it and
   * `--language` takes any of the three (zh-Hant too).
   */
  register(program, context) {
    const t = MESSAGES[context.lang] ?? MESSAGES.en;
    // The placeholders of option values: the CLI's own (language, file, url), then this command's.
    const terms = { ...(CLI_MESSAGES[context.lang] ?? CLI_MESSAGES.en).terms, ...t.terms };
    const globalLang = program.options.some((option) => option.long === '--lang');
    const command = program
      .command('render')
      .description(t.description)
      .argument(`<${terms.element}>`, t.element)
      .option(`--metric <${terms.id}>`, t.metric)
      .option(`--selected <${terms.code}>`, t.selected)
      .option(`--region <${terms.code}>`, t.region)
      .option(`--tag <${terms.id}>`, t.tag)
      .option(`--id <${terms.id}>`, t.id)
      .option(`--for <${terms.id}>`, t.for)
      .option(`--attr <${terms.attr}>`, t.attr, (value, list) => [...list, value], [])
      .option(`--language <${terms.language}>`, t.language)
      .option(`--theme <${terms.theme}>`, t.theme)
      .option(`--report <${terms.file}>`, t.report)
      .option(`--src <${terms.url}>`, t.src)
      .option(`--script <${terms.url}>`, t.script);
    if (!globalLang) command.option(`--lang <${terms.language}>`, t.language);
    return command.action(async (element, options, self) => {
      const all = self.optsWithGlobals();
      const language = options.language ?? all.lang;
      const result = await renderSnippet(element, { ...options, language }, { cwd: context.cwd, lang: context.lang });
      if (result.error) {
        context.err(result.error);
        context.exitCode = 1;
        return;
      }
      context.out(result.html);
      if (result.warning) {
        context.err(result.warning);
        context.exitCode = 1;
      }
    });
  },
};
