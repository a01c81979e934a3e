// The command line's messages in Simplified Chinese, Traditional Chinese (Hong Kong) and English, chosen by
// --lang or the system locale. Everything the command prints comes from here or from a table beside the code
// that words it (cli/lib/csv-messages.js, cli/commands/render.js), in the same three languages: help included
// (commander's own words are replaced through its help hooks and the error translations below).

/** The CLI's languages, as --lang takes them (`zh` is Simplified Chinese). */
export const CLI_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'];

/** `zh-Hans`, `zh-Hant` or `en` from a language tag or a locale (zh_CN.UTF-8, zh_HK.UTF-8, zh-Hant-TW…). */
function pickLanguage(value) {
  if (/^zh[-_]hans/i.test(value)) return 'zh-Hans';
  if (/^zh[-_](hant|hk|tw|mo)/i.test(value)) return 'zh-Hant';
  if (/^zh/i.test(value)) return 'zh-Hans';
  if (/^en/i.test(value)) return 'en';
  return undefined;
}

/** The language from a --lang value or the locale variables (LC_ALL, LC_MESSAGES, LANG); English otherwise. */
export function cliLanguage(flag, env = process.env) {
  if (flag) return pickLanguage(flag);
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value && value !== 'C' && value !== 'POSIX' && !value.startsWith('C.')) return pickLanguage(value) ?? 'en';
  }
  return 'en';
}

/** Commander's own error sentences (the rest of its text is names the user typed), per Chinese script. */
const COMMANDER_ERRORS = {
  'zh-Hans': {
    missingArgument: (name) => `缺少必需的参数 ${name}`,
    unknownOption: (name) => `未知选项 ${name}`,
    unknownCommand: (name) => `未知命令 ${name}`,
    didYouMean: (names) => `（是否要用 ${names}？）`,
    requiredOption: (name) => `缺少必需的选项 ${name}`,
    optionArgumentMissing: (name) => `选项 ${name} 缺少值`,
    tooMany: (expected, got) => `参数太多：应为 ${expected} 个，实际 ${got} 个`,
    badChoice: (name, value, choices) => `选项 ${name} 的值 ${value} 无效，可选：${choices}`,
  },
  'zh-Hant': {
    missingArgument: (name) => `缺少必需的參數 ${name}`,
    unknownOption: (name) => `未知選項 ${name}`,
    unknownCommand: (name) => `未知指令 ${name}`,
    didYouMean: (names) => `（是否要用 ${names}？）`,
    requiredOption: (name) => `缺少必需的選項 ${name}`,
    optionArgumentMissing: (name) => `選項 ${name} 缺少值`,
    tooMany: (expected, got) => `參數太多：應為 ${expected} 個，實際 ${got} 個`,
    badChoice: (name, value, choices) => `選項 ${name} 的值 ${value} 無效，可選：${choices}`,
  },
};

/** A commander error line in Chinese; English text is returned as it is. */
export function translateCommanderError(text, language) {
  const say = COMMANDER_ERRORS[language];
  if (!say) return text;
  const line = text.trim();
  const hint = (rest) => {
    const names = /^\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest ?? '')?.[1];
    return names ? say.didYouMean(names.replace(/, /g, '、')) : '';
  };
  const patterns = [
    [/^missing required argument '(.+)'$/, (name) => say.missingArgument(name)],
    [/^unknown option '([^']+)'(\n[\s\S]*)?$/, (name, rest) => say.unknownOption(name) + hint(rest)],
    [/^unknown command '([^']+)'(\n[\s\S]*)?$/, (name, rest) => say.unknownCommand(name) + hint(rest)],
    [/^required option '(.+)' not specified$/, (name) => say.requiredOption(name)],
    [/^option '(.+)' argument missing$/, (name) => say.optionArgumentMissing(name)],
    [
      /^too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/,
      (expected, got) => say.tooMany(expected, got),
    ],
    [
      /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
      (name, value, choices) => say.badChoice(name, value, choices.replace(/, /g, '、')),
    ],
  ];
  for (const [pattern, word] of patterns) {
    const match = pattern.exec(line);
    if (match) return word(...match.slice(1)) + '\n';
  }
  return text;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

export const MESSAGES = {
  'zh-Hans': {
    program: '社工报告组件的发布工具：检查报告、从电子表格导入、导出、打包并预览。',
    langOption: '消息语言',
    helpOption: '显示帮助',
    versionOption: '显示版本号',
    helpCommand: '显示某个命令的帮助',
    titles: {
      'Usage:': '用法：',
      'Options:': '选项：',
      'Commands:': '命令：',
      'Arguments:': '参数：',
      'Global Options:': '全局选项：',
    },
    // The words commander puts into usage lines, and the placeholders of option values and arguments.
    words: { options: '[选项]', command: '[命令]' },
    terms: {
      language: '语言',
      file: '文件',
      folder: '文件夹',
      fileOrUrl: '文件或网址',
      folderOrFiles: '文件夹或文件',
      report: '报告',
      encoding: '编码',
      url: '网址',
      origin: '来源',
      port: '端口',
      host: '主机',
      command: '命令',
    },
    choices: (list) => `可选：${list.join('、')}`,
    defaultValue: (value) => `默认：${value}`,
    extra: (items) => `（${items.join('；')}）`,
    usageError: (text) => `用法错误：${translateCommanderError(text, 'zh-Hans')}`,
    badEncoding: (name) => `不认识的编码 ${name}（可用 utf-8、gb18030、big5、utf-16le 等）`,
    // reading files
    cannotRead: (file, why) => `无法读取 ${file}：${why}`,
    noSuchFile: '没有这个文件',
    isFolder: '这是文件夹，不是文件',
    timedOut: '超时未响应',
    httpStatus: (status) => `服务器返回错误 ${status}`,
    // validate
    validate: '检查报告文件或网址：列出每个问题的 JSON 路径和行:列',
    validateFiles: '报告 JSON 文件或 http(s) 网址',
    jsonOption: '以 JSON 输出结果（供程序读取）',
    valid: (file, r) =>
      `✓ ${file}：报告有效（${r.metrics.length} 个数字、${r.stories.length} 篇报道、${r.places.length} 个地点、${r.sources.length} 个来源）`,
    invalid: (file, n) => `✗ ${file}：${n} 个问题`,
    summary: (files, bad, problems) =>
      bad ? `${files} 个文件中 ${bad} 个无效，共 ${problems} 个问题` : `${files} 个文件全部有效`,
    syntax: 'JSON 语法错误',
    // import
    import: '从 CSV 文件（每类一个文件）生成报告 JSON，并检查它',
    importInputs: 'CSV 文件所在的文件夹，或各个 CSV 文件',
    outOption: '写入的报告文件（不写则输出到标准输出）',
    encodingOption: 'CSV 的编码：auto 表示自动识别（带或不带 BOM 的 UTF-8，否则 GB18030），也可写 utf-8、gb18030 等',
    imported: (out, r) =>
      `✓ 已写入 ${out}（${r.metrics.length} 个数字、${r.stories.length} 篇报道、${r.places.length} 个地点、${r.sources.length} 个来源）`,
    importedToOutput: (r) =>
      `✓ 报告有效（${r.metrics.length} 个数字、${r.stories.length} 篇报道、${r.places.length} 个地点、${r.sources.length} 个来源）`,
    importFailed: (n) => `✗ 无法生成报告：${n} 个问题`,
    cell: (file, row, column) => `${file} 第 ${row} 行` + (column ? `，${column} 列` : ''),
    sep: '：',
    // export-csv
    exportCsv: '把报告 JSON 写成 CSV 文件（每类一个，可用 Excel 编辑，再用 import 导回）',
    exportInput: '报告 JSON 文件',
    exportOut: '写入 CSV 的文件夹',
    allColumnsOption: '写出 import 能读的每一列，包括空列（与 templates/ 相同）',
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
    badOrigin: (o) => `不是有效的来源：${o}（应为 https://主机[:端口]，不带路径）`,
    badBaseUrl: (u) => `不是有效的 http(s) 网址：${u}`,
    outNotEmpty: (dir) => `输出文件夹 ${dir} 不是空的，也不是以前的打包结果（没有 manifest.json）`,
    // serve
    serve: '在本机打开嵌入代码生成器，预览打包结果',
    serveFolder: 'bundle 生成的文件夹（不写则用本包自带的 cdn/）',
    portOption: '端口；0 表示任选一个空闲端口',
    hostOption: '监听的主机地址；127.0.0.1 表示只有本机能访问',
    openOption: '不自动在浏览器中打开生成器',
    serving: (url) => `嵌入代码生成器：${url}`,
    opened: '已在浏览器中打开。按 Ctrl+C 停止。',
    notOpened: '在浏览器中打开上面的地址。按 Ctrl+C 停止。',
    badPort: (p) => `不是有效的端口：${p}`,
  },
  'zh-Hant': {
    program: '社工報告組件的發佈工具：檢查報告、從試算表匯入、匯出、打包並預覽。',
    langOption: '訊息語言',
    helpOption: '顯示說明',
    versionOption: '顯示版本號',
    helpCommand: '顯示某個指令的說明',
    titles: {
      'Usage:': '用法：',
      'Options:': '選項：',
      'Commands:': '指令：',
      'Arguments:': '參數：',
      'Global Options:': '全域選項：',
    },
    words: { options: '[選項]', command: '[指令]' },
    terms: {
      language: '語言',
      file: '檔案',
      folder: '資料夾',
      fileOrUrl: '檔案或網址',
      folderOrFiles: '資料夾或檔案',
      report: '報告',
      encoding: '編碼',
      url: '網址',
      origin: '來源',
      port: '連接埠',
      host: '主機',
      command: '指令',
    },
    choices: (list) => `可選：${list.join('、')}`,
    defaultValue: (value) => `預設：${value}`,
    extra: (items) => `（${items.join('；')}）`,
    usageError: (text) => `用法錯誤：${translateCommanderError(text, 'zh-Hant')}`,
    badEncoding: (name) => `不認識的編碼 ${name}（可用 utf-8、gb18030、big5、utf-16le 等）`,
    cannotRead: (file, why) => `無法讀取 ${file}：${why}`,
    noSuchFile: '沒有這個檔案',
    isFolder: '這是資料夾，不是檔案',
    timedOut: '逾時未回應',
    httpStatus: (status) => `伺服器返回錯誤 ${status}`,
    validate: '檢查報告檔案或網址：列出每個問題的 JSON 路徑和行:欄',
    validateFiles: '報告 JSON 檔案或 http(s) 網址',
    jsonOption: '以 JSON 輸出結果（供程式讀取）',
    valid: (file, r) =>
      `✓ ${file}：報告有效（${r.metrics.length} 個數字、${r.stories.length} 篇報道、${r.places.length} 個地點、${r.sources.length} 個來源）`,
    invalid: (file, n) => `✗ ${file}：${n} 個問題`,
    summary: (files, bad, problems) =>
      bad ? `${files} 個檔案中 ${bad} 個無效，共 ${problems} 個問題` : `${files} 個檔案全部有效`,
    syntax: 'JSON 語法錯誤',
    import: '從 CSV 檔案（每類一個檔案）生成報告 JSON，並檢查它',
    importInputs: 'CSV 檔案所在的資料夾，或各個 CSV 檔案',
    outOption: '寫入的報告檔案（不寫則輸出到標準輸出）',
    encodingOption:
      'CSV 的編碼：auto 表示自動識別（帶或不帶 BOM 的 UTF-8，否則 GB18030），也可寫 utf-8、gb18030、big5 等',
    imported: (out, r) =>
      `✓ 已寫入 ${out}（${r.metrics.length} 個數字、${r.stories.length} 篇報道、${r.places.length} 個地點、${r.sources.length} 個來源）`,
    importedToOutput: (r) =>
      `✓ 報告有效（${r.metrics.length} 個數字、${r.stories.length} 篇報道、${r.places.length} 個地點、${r.sources.length} 個來源）`,
    importFailed: (n) => `✗ 無法生成報告：${n} 個問題`,
    // Hong Kong and Taiwan spreadsheets call a row 列 and a column 欄.
    cell: (file, row, column) => `${file} 第 ${row} 列` + (column ? `，${column} 欄` : ''),
    sep: '：',
    exportCsv: '把報告 JSON 寫成 CSV 檔案（每類一個，可用 Excel 編輯，再用 import 匯回）',
    exportInput: '報告 JSON 檔案',
    exportOut: '寫入 CSV 的資料夾',
    allColumnsOption: '寫出 import 能讀的每一欄，包括空欄（與 templates/ 相同）',
    exported: (dir, files) => `✓ 已寫入 ${dir}：${files.join('、')}`,
    bundle: '生成帶有指定報告的腳本資料夾（可放到任何靜態主機），附 SRI 清單 manifest.json',
    reportOption: '要打包的報告 JSON 檔案',
    bundleOut: '輸出資料夾',
    baseUrlOption: '輸出資料夾上線後的網址（用於程式碼片段和產生器）',
    allowOriginOption: '允許嵌入頁面讀取報告的來源（https://…，可重複）',
    bundled: (dir, n) => `✓ 已寫入 ${dir}（${n} 個檔案，清單 manifest.json）`,
    snippetHeading: '嵌入程式碼：',
    noBaseUrl: '（未提供 --base-url：把下面的 ./ 換成資料夾上線後的網址）',
    noPrebuilt: (dir) => `找不到預先建置的檔案 ${dir}（在程式庫中請先執行 npm run build）`,
    literalMissing: (file, n) => `${file} 中內置報告出現了 ${n} 次（應為 1 次）：此版本的檔案無法替換報告`,
    noLiteral: '預先建置的檔案裡都找不到內置報告：此版本無法打包其他報告',
    badOrigin: (o) => `不是有效的來源：${o}（應為 https://主機[:連接埠]，不帶路徑）`,
    badBaseUrl: (u) => `不是有效的 http(s) 網址：${u}`,
    outNotEmpty: (dir) => `輸出資料夾 ${dir} 不是空的，也不是以前的打包結果（沒有 manifest.json）`,
    serve: '在本機開啟嵌入程式碼產生器，預覽打包結果',
    serveFolder: 'bundle 生成的資料夾（不寫則用本套件自帶的 cdn/）',
    portOption: '連接埠；0 表示任選一個空閒連接埠',
    hostOption: '監聽的主機位址；127.0.0.1 表示只有本機能存取',
    openOption: '不自動在瀏覽器中開啟產生器',
    serving: (url) => `嵌入程式碼產生器：${url}`,
    opened: '已在瀏覽器中開啟。按 Ctrl+C 停止。',
    notOpened: '在瀏覽器中開啟上面的位址。按 Ctrl+C 停止。',
    badPort: (p) => `不是有效的連接埠：${p}`,
  },
  en: {
    program: 'Publishing tools for sw-widgets: check, import, export, bundle and preview reports.',
    langOption: 'message language',
    helpOption: 'show help',
    versionOption: 'show the version',
    helpCommand: 'show help for a command',
    titles: {},
    words: { options: '[options]', command: '[command]' },
    terms: {
      language: 'language',
      file: 'file',
      folder: 'folder',
      fileOrUrl: 'file-or-url',
      folderOrFiles: 'folder-or-files',
      report: 'report',
      encoding: 'name',
      url: 'url',
      origin: 'origin',
      port: 'port',
      host: 'host',
      command: 'command',
    },
    choices: (list) => `choices: ${list.join(', ')}`,
    defaultValue: (value) => `default: ${value}`,
    extra: (items) => ` (${items.join('; ')})`,
    usageError: (text) => `usage error: ${text}`,
    badEncoding: (name) => `unknown encoding ${name} (try utf-8, gb18030, big5, utf-16le, …)`,
    cannotRead: (file, why) => `cannot read ${file}: ${why}`,
    noSuchFile: 'no such file',
    isFolder: 'is a folder, not a file',
    timedOut: 'timed out',
    httpStatus: (status) => `HTTP ${status}`,
    validate: 'check report files or URLs: every problem with its JSON path and line:column',
    validateFiles: 'report JSON files or http(s) URLs',
    jsonOption: 'print the result as JSON (for programs)',
    valid: (file, r) =>
      `✓ ${file}: valid report (${plural(r.metrics.length, 'metric', 'metrics')}, ${plural(r.stories.length, 'story', 'stories')}, ${plural(r.places.length, 'place', 'places')}, ${plural(r.sources.length, 'source', 'sources')})`,
    invalid: (file, n) => `✗ ${file}: ${plural(n, 'problem', 'problems')}`,
    summary: (files, bad, problems) =>
      bad
        ? `${bad} of ${plural(files, 'file', 'files')} invalid, ${plural(problems, 'problem', 'problems')}`
        : `${plural(files, 'file', 'files')}, all valid`,
    syntax: 'JSON syntax error',
    import: 'build a report JSON from CSV files (one per kind of entry) and check it',
    importInputs: 'a folder with the CSV files, or the CSV files',
    outOption: 'the report file to write (without it: standard output)',
    encodingOption:
      'encoding of the CSV files: auto detects (UTF-8 with or without BOM, else GB18030); or utf-8, gb18030, big5, …',
    imported: (out, r) =>
      `✓ wrote ${out} (${plural(r.metrics.length, 'metric', 'metrics')}, ${plural(r.stories.length, 'story', 'stories')}, ${plural(r.places.length, 'place', 'places')}, ${plural(r.sources.length, 'source', 'sources')})`,
    importedToOutput: (r) =>
      `✓ valid report (${plural(r.metrics.length, 'metric', 'metrics')}, ${plural(r.stories.length, 'story', 'stories')}, ${plural(r.places.length, 'place', 'places')}, ${plural(r.sources.length, 'source', 'sources')})`,
    importFailed: (n) => `✗ no report written: ${plural(n, 'problem', 'problems')}`,
    cell: (file, row, column) => `${file} row ${row}` + (column ? `, column ${column}` : ''),
    sep: ': ',
    exportCsv: 'write a report JSON as CSV files (one per kind of entry, for Excel; import reads them back)',
    exportInput: 'the report JSON file',
    exportOut: 'folder to write the CSV files to',
    allColumnsOption: 'write every column import reads, empty ones too (as in templates/)',
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
    literalMissing: (file, n) =>
      `${file} contains the bundled report ${n} times (expected once): this version cannot swap the report`,
    noLiteral: 'none of the prebuilt files contains the bundled report: this version cannot bundle another report',
    badOrigin: (o) => `not an origin: ${o} (expected https://host[:port] with no path)`,
    badBaseUrl: (u) => `not an http(s) URL: ${u}`,
    outNotEmpty: (dir) => `the output folder ${dir} is not empty and is not an earlier bundle (no manifest.json)`,
    serve: 'open the embed builder on this computer, previewing a bundle',
    serveFolder: "a folder written by bundle (without it: the package's own cdn/)",
    portOption: 'port; 0 picks a free one',
    hostOption: 'host address to listen on; 127.0.0.1: only this computer can connect',
    openOption: 'do not open the builder in a browser',
    serving: (url) => `Embed builder: ${url}`,
    opened: 'Opened in your browser. Ctrl+C stops.',
    notOpened: 'Open the address above in a browser. Ctrl+C stops.',
    badPort: (p) => `not a port: ${p}`,
  },
};
