// The command line's messages in Simplified Chinese and English, chosen by --lang or the system locale.

/** `zh-Hans` or `en` from a --lang value or the locale variables (LC_ALL, LC_MESSAGES, LANG). */
export function cliLanguage(flag, env = process.env) {
  const pick = (value) => (/^zh/i.test(value) ? 'zh-Hans' : /^en/i.test(value) ? 'en' : undefined);
  if (flag) return pick(flag);
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value && value !== 'C' && value !== 'POSIX' && !value.startsWith('C.')) return pick(value) ?? 'en';
  }
  return 'en';
}

/** Commander's own error sentences in Chinese (the rest of its text is names the user typed). */
const COMMANDER_ERRORS = [
  [/^missing required argument '(.+)'$/, (name) => `缺少必需的参数 ${name}`],
  [/^unknown option '(.+)'(\n\(Did you mean (.+)\?\))?$/, (name, _, __, hint) => `未知选项 ${name}` + (hint ? `（是否要用 ${hint}？）` : '')],
  [/^unknown command '(.+)'(\n\(Did you mean (.+)\?\))?$/, (name, _, __, hint) => `未知命令 ${name}` + (hint ? `（是否要用 ${hint}？）` : '')],
  [/^required option '(.+)' not specified$/, (name) => `缺少必需的选项 ${name}`],
  [/^option '(.+)' argument missing$/, (name) => `选项 ${name} 缺少值`],
  [/^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (_, expected, got) => `参数太多：应为 ${expected} 个，实际 ${got} 个`],
  [/^option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\.$/, (name, value, choices) => `选项 ${name} 的值 ${value} 无效，可选：${choices}`],
];

function translateCommanderError(text) {
  const line = text.trim();
  for (const [pattern, say] of COMMANDER_ERRORS) {
    const match = pattern.exec(line);
    if (match) return say(...match.slice(1)) + '\n';
  }
  return text;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

export const MESSAGES = {
  'zh-Hans': {
    program: '社工报告组件的发布工具：检查报告、从电子表格导入、导出、打包并预览。',
    langOption: '消息语言：zh-Hans 或 en（默认按系统语言）',
    helpOption: '显示帮助',
    versionOption: '显示版本号',
    helpCommand: '显示某个命令的帮助',
    titles: { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' },
    usageError: (text) => `用法错误：${translateCommanderError(text)}`,
    // validate
    validate: '检查报告文件或网址：列出每个问题的 JSON 路径和行:列',
    validateFiles: '报告 JSON 文件或 http(s) 网址',
    jsonOption: '以 JSON 输出结果（供程序读取）',
    valid: (file, r) => `✓ ${file}：报告有效（${r.metrics.length} 个数字、${r.stories.length} 篇报道、${r.places.length} 个地点、${r.sources.length} 个来源）`,
    invalid: (file, n) => `✗ ${file}：${n} 个问题`,
    summary: (files, bad, problems) => (bad ? `${files} 个文件中 ${bad} 个无效，共 ${problems} 个问题` : `${files} 个文件全部有效`),
    cannotRead: (file, why) => `无法读取 ${file}：${why}`,
    syntax: 'JSON 语法错误',
    // import
    import: '从 CSV 文件（每类一个文件）生成报告 JSON，并检查它',
    importInputs: 'CSV 文件所在的文件夹，或各个 CSV 文件',
    outOption: '写入的报告文件（默认输出到标准输出）',
    encodingOption: 'CSV 的编码：auto（默认：UTF-8，带或不带 BOM；否则 GB18030）、utf-8、gb18030 等',
    imported: (out, r) => `✓ 已写入 ${out}（${r.metrics.length} 个数字、${r.stories.length} 篇报道、${r.places.length} 个地点、${r.sources.length} 个来源）`,
    importFailed: (n) => `✗ 无法生成报告：${n} 个问题`,
    cell: (file, row, column) => `${file} 第 ${row} 行` + (column ? `，${column} 列` : ''),
    sep: '：',
    // export-csv
    exportCsv: '把报告 JSON 写成 CSV 文件（每类一个，可用 Excel 编辑，再用 import 导回）',
    exportInput: '报告 JSON 文件',
    exportOut: '写入 CSV 的文件夹（默认 ./csv）',
    exported: (dir, files) => `✓ 已写入 ${dir}：${files.join('、')}`,
    // bundle
    bundle: '生成带有指定报告的脚本文件夹（可放到任何静态主机），附 SRI 清单 manifest.json',
    reportOption: '要打包的报告 JSON 文件',
    bundleOut: '输出文件夹',
    baseUrlOption: '输出文件夹上线后的网址（用于代码片段和生成器）',
    allowOriginOption: '允许嵌入页面读取报告的来源（https://…，可重复）',
    bundled: (dir, n) => `✓ 已写入 ${dir}（${n} 个文件，清单 manifest.json）`,
    snippetHeading: '嵌入代码：',
    noBaseUrl: '（未提供 --base-url：把下面的 ./ 换成文件夹上线后的网址）',
    noPrebuilt: (dir) => `找不到预先构建的文件 ${dir}（在仓库中请先运行 npm run build）`,
    literalMissing: (file, n) => `${file} 中内置报告出现了 ${n} 次（应为 1 次）：此版本的文件无法替换报告`,
    noLiteral: '预先构建的文件里都找不到内置报告：此版本无法打包其他报告',
    noOriginTool: '此版本不支持 --allow-origin（缺少 scripts/embed-origins.mjs）',
    badOrigin: (o) => `不是有效的来源：${o}（应为 https://主机[:端口]，不带路径）`,
    badBaseUrl: (u) => `不是有效的 http(s) 网址：${u}`,
    outNotEmpty: (dir) => `输出文件夹 ${dir} 不是空的，也不是以前的打包结果（没有 manifest.json）`,
    // serve
    serve: '在本地预览打包结果的嵌入代码生成器',
    serveFolder: 'bundle 生成的文件夹（默认：本包自带的 cdn/）',
    portOption: '端口（默认 8080；0 表示任选一个空闲端口）',
    serving: (url) => `预览地址：${url}（按 Ctrl+C 停止）`,
    badPort: (p) => `不是有效的端口：${p}`,
  },
  en: {
    program: 'Publishing tools for sw-widgets: check, import, export, bundle and preview reports.',
    langOption: 'message language: zh-Hans or en (default: the system locale)',
    helpOption: 'show help',
    versionOption: 'show the version',
    helpCommand: 'show help for a command',
    titles: {},
    usageError: (text) => `usage error: ${text}`,
    validate: 'check report files or URLs: every problem with its JSON path and line:column',
    validateFiles: 'report JSON files or http(s) URLs',
    jsonOption: 'print the result as JSON (for programs)',
    valid: (file, r) => `✓ ${file}: valid report (${plural(r.metrics.length, 'metric', 'metrics')}, ${plural(r.stories.length, 'story', 'stories')}, ${plural(r.places.length, 'place', 'places')}, ${plural(r.sources.length, 'source', 'sources')})`,
    invalid: (file, n) => `✗ ${file}: ${plural(n, 'problem', 'problems')}`,
    summary: (files, bad, problems) => (bad ? `${bad} of ${plural(files, 'file', 'files')} invalid, ${plural(problems, 'problem', 'problems')}` : `${plural(files, 'file', 'files')}, all valid`),
    cannotRead: (file, why) => `cannot read ${file}: ${why}`,
    syntax: 'JSON syntax error',
    import: 'build a report JSON from CSV files (one per kind of entry) and check it',
    importInputs: 'a folder with the CSV files, or the CSV files',
    outOption: 'the report file to write (default: standard output)',
    encodingOption: 'encoding of the CSV files: auto (default: UTF-8 with or without BOM, else GB18030), utf-8, gb18030, …',
    imported: (out, r) => `✓ wrote ${out} (${plural(r.metrics.length, 'metric', 'metrics')}, ${plural(r.stories.length, 'story', 'stories')}, ${plural(r.places.length, 'place', 'places')}, ${plural(r.sources.length, 'source', 'sources')})`,
    importFailed: (n) => `✗ no report written: ${plural(n, 'problem', 'problems')}`,
    cell: (file, row, column) => `${file} row ${row}` + (column ? `, column ${column}` : ''),
    sep: ': ',
    exportCsv: 'write a report JSON as CSV files (one per kind of entry, for Excel; import reads them back)',
    exportInput: 'the report JSON file',
    exportOut: 'folder to write the CSV files to (default: ./csv)',
    exported: (dir, files) => `✓ wrote ${dir}: ${files.join(', ')}`,
    bundle: 'write the script files with your report bundled (for any static host), with an SRI manifest.json',
    reportOption: 'the report JSON file to bundle',
    bundleOut: 'the output folder',
    baseUrlOption: 'the address the output folder will have once published (for snippets and the builder)',
    allowOriginOption: 'an origin whose pages may read reports through the embed page (https://…; repeatable)',
    bundled: (dir, n) => `✓ wrote ${dir} (${plural(n, 'file', 'files')}, manifest.json)`,
    snippetHeading: 'Snippet:',
    noBaseUrl: '(no --base-url: replace ./ with the address of the published folder)',
    noPrebuilt: (dir) => `the prebuilt files are missing: ${dir} (in the repository, run npm run build first)`,
    literalMissing: (file, n) => `${file} contains the bundled report ${n} times (expected once): this version cannot swap the report`,
    noLiteral: 'none of the prebuilt files contains the bundled report: this version cannot bundle another report',
    noOriginTool: 'this version cannot set --allow-origin (scripts/embed-origins.mjs is missing)',
    badOrigin: (o) => `not an origin: ${o} (expected https://host[:port] with no path)`,
    badBaseUrl: (u) => `not an http(s) URL: ${u}`,
    outNotEmpty: (dir) => `the output folder ${dir} is not empty and is not an earlier bundle (no manifest.json)`,
    serve: 'preview the embed builder for a bundle on this computer',
    serveFolder: 'a folder written by bundle (default: the package\'s own cdn/)',
    portOption: 'port (default 8080; 0 picks a free one)',
    serving: (url) => `Preview: ${url} (Ctrl+C stops)`,
    badPort: (p) => `not a port: ${p}`,
  },
};
