// What `import` says about CSV files, in the CLI's three languages: each problem says what is wrong with the
// cell and what to do about it; each note says what was read differently from how it was typed.

const q = {
  'zh-Hans': (text) => `“${text}”`,
  'zh-Hant': (text) => `「${text}」`,
  en: (text) => JSON.stringify(text),
};

export const CSV_MESSAGES = {
  'zh-Hans': {
    notAFile: (names) => `不是报告的文件（应为 ${names.join('、')}）`,
    missingFile: '缺少此文件',
    emptyFile: '文件为空：第 1 行应为标题行（各列的名称）',
    unknownColumn: (file, names) => `不是 ${file} 的列（可用的列：${names.join('、')}）`,
    didYouMean: (file, name) => `不是 ${file} 的列：是不是 ${name}？请改正标题行中的列名`,
    repeatedColumn: (letter) => `与 ${letter} 列同名：每列只能出现一次`,
    missingColumn: '缺少此列：请在标题行加上这一列',
    number: {
      'not-a-number': (text) => `必须是数字（实际为${q['zh-Hans'](text)}）`,
      magnitude: (text) =>
        `${q['zh-Hans'](text)}不是完整的数字：“万”“亿”不会自动换算，请写成 320000 这样的数字，单位写在 unit 列`,
      currency: (text) => `${q['zh-Hans'](text)}不是数字：请去掉货币符号，单位写在 unit 列（元、万元、亿元）`,
      comma: (text) => `无法确定${q['zh-Hans'](text)}中逗号的意思：千位分隔符应每三位一个（1,089），小数点请用“.”`,
      exponent: (text) =>
        `${q['zh-Hans'](text)}是 Excel 显示的科学计数法，已经丢失了数字：请把这一列设为“数值”格式（小数位数按需要）后重新保存`,
      parentheses: (text) => `${q['zh-Hans'](text)}是会计格式的负数吗？请写成 -1000 这样的数字`,
      spaces: (text) => `${q['zh-Hans'](text)}中的空格是千位分隔吗？请去掉空格，写成 320000`,
    },
    notNumbers: (text) => `必须是以空格分隔的数字（实际有${q['zh-Hans'](text)}）`,
    percentUnit: (text, unit) =>
      `${q['zh-Hans'](text)}带有百分号，但单位是${q['zh-Hans'](unit)}：如果是百分比，请把 unit 写成 %；否则请去掉百分号`,
    date: {
      'day-month-order': (text) =>
        `无法确定${q['zh-Hans'](text)}是几月几日（月/日还是日/月）：请写成 2024-06-01 这样的“年-月-日”`,
      'two-digit-year': (text) => `${q['zh-Hans'](text)}的年份只有两位：请写成 2024-06-01 这样的四位年份`,
      'date-serial': (text, suggestion) =>
        `${q['zh-Hans'](text)}是 Excel 保存为数字的日期（在 Excel 中通常表示 ${suggestion}）：请把这一列设为日期或文本格式后重新保存，或直接写 ${suggestion}`,
      'no-such-date': (text) => `没有${q['zh-Hans'](text)}这一天：请检查月份和日期`,
      'date-time': (text) => `${q['zh-Hans'](text)}带有时间：这里只需要日期，如 2024-06-01`,
    },
    excelError: (code) => `此单元格是 Excel 的错误值 ${code}，不是数据：请在 Excel 中修正公式或直接填写数值后重新保存`,
    oneRow: (n) => `标题行下必须恰好有一行（实际 ${n} 行）`,
    repeatedUnit: (unit) => `单位${q['zh-Hans'](unit)}重复：每个单位只写一行`,
    danglingOwner: (key, id, file) =>
      `引用的${key === 'metric' ? '数字' : '指标'}${q['zh-Hans'](id)}在 ${file} 中不存在：请检查 id 是否与 ${file} 中的一致`,
    unknownUnit: (unit, builtIn) =>
      `${q['zh-Hans'](unit)}不是内置单位（${builtIn.join(' ')}）：请在 units.csv 中加一行，写出它的繁体中文和英文写法（unit、zh-Hant、en、enOne 列）`,
    // Reading the file as CSV
    quoteInside: (before) =>
      `单元格中间有一个双引号${before ? `（在${q['zh-Hans'](before)}之后）` : ''}：如果引号是文字的一部分，请把整个单元格用双引号括起来，并把其中的每个双引号写成两个（"${before || '…'}""…"）。用 Excel 保存时它会自动这样做`,
    quoteAfterClose: (after) =>
      `单元格的结束双引号后面还有文字（${q['zh-Hans'](after)}）：如果引号是文字的一部分，请把它写成两个双引号（""）`,
    quoteNotClosed:
      '以双引号开头的单元格没有结束的双引号，文件到结尾都没有读完：请补上结束的双引号；如果引号是文字的一部分，请把它写成两个双引号（""）',
    notCsv: (code) => `无法按 CSV 读取此行（${code}）：请在 Excel 中打开并另存为“CSV UTF-8（逗号分隔）”`,
    unreadable: (encoding) =>
      `有无法识别的字符（按 ${encoding} 读取）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或用 --encoding 指定文件的编码`,
    fileLine: (line) => `（文件第 ${line} 行）`,
    // What was normalized
    changed: (n) => `以下 ${n} 处按电子表格的写法读取，请核对：`,
    kinds: {
      'full-width': '全角字符',
      thousands: '千位分隔符',
      percent: '百分号',
      date: '日期写法',
      midnight: '日期后的时间 0:00',
    },
    listKinds: (kinds) => kinds.join('、'),
    change: (from, to) => `${q['zh-Hans'](from)} → ${to}`,
    rows: (rows, more) => `第 ${rows.join('、')}${more ? ` 等 ${rows.length + more}` : ''} 行`,
    at: (file, column, rows) => `${file} ${column} 列，${rows}`,
    what: (kinds, example, many) => `${kinds}${many ? '，如' : ''}${example}`,
  },
  'zh-Hant': {
    notAFile: (names) => `不是報告的檔案（應為 ${names.join('、')}）`,
    missingFile: '缺少此檔案',
    emptyFile: '檔案為空：第 1 列應為標題列（各欄的名稱）',
    unknownColumn: (file, names) => `不是 ${file} 的欄（可用的欄：${names.join('、')}）`,
    didYouMean: (file, name) => `不是 ${file} 的欄：是不是 ${name}？請改正標題列中的欄名`,
    repeatedColumn: (letter) => `與 ${letter} 欄同名：每欄只能出現一次`,
    missingColumn: '缺少此欄：請在標題列加上這一欄',
    number: {
      'not-a-number': (text) => `必須是數字（實際為${q['zh-Hant'](text)}）`,
      magnitude: (text) =>
        `${q['zh-Hant'](text)}不是完整的數字：「萬」「億」不會自動換算，請寫成 320000 這樣的數字，單位寫在 unit 欄`,
      currency: (text) => `${q['zh-Hant'](text)}不是數字：請去掉貨幣符號，單位寫在 unit 欄（元、萬元、億元）`,
      comma: (text) => `無法確定${q['zh-Hant'](text)}中逗號的意思：千位分隔符號應每三位一個（1,089），小數點請用「.」`,
      exponent: (text) =>
        `${q['zh-Hant'](text)}是 Excel 顯示的科學記號，已經遺失了數字：請把這一欄設為「數值」格式（小數位數按需要）後重新儲存`,
      parentheses: (text) => `${q['zh-Hant'](text)}是會計格式的負數嗎？請寫成 -1000 這樣的數字`,
      spaces: (text) => `${q['zh-Hant'](text)}中的空格是千位分隔嗎？請去掉空格，寫成 320000`,
    },
    notNumbers: (text) => `必須是以空格分隔的數字（實際有${q['zh-Hant'](text)}）`,
    percentUnit: (text, unit) =>
      `${q['zh-Hant'](text)}帶有百分號，但單位是${q['zh-Hant'](unit)}：如果是百分比，請把 unit 寫成 %；否則請去掉百分號`,
    date: {
      'day-month-order': (text) =>
        `無法確定${q['zh-Hant'](text)}是幾月幾日（月/日還是日/月）：請寫成 2024-06-01 這樣的「年-月-日」`,
      'two-digit-year': (text) => `${q['zh-Hant'](text)}的年份只有兩位：請寫成 2024-06-01 這樣的四位年份`,
      'date-serial': (text, suggestion) =>
        `${q['zh-Hant'](text)}是 Excel 儲存為數字的日期（在 Excel 中通常表示 ${suggestion}）：請把這一欄設為日期或文字格式後重新儲存，或直接寫 ${suggestion}`,
      'no-such-date': (text) => `沒有${q['zh-Hant'](text)}這一天：請檢查月份和日期`,
      'date-time': (text) => `${q['zh-Hant'](text)}帶有時間：這裡只需要日期，如 2024-06-01`,
    },
    excelError: (code) => `此儲存格是 Excel 的錯誤值 ${code}，不是資料：請在 Excel 中修正公式或直接填寫數值後重新儲存`,
    oneRow: (n) => `標題列下必須恰好有一列（實際 ${n} 列）`,
    repeatedUnit: (unit) => `單位${q['zh-Hant'](unit)}重複：每個單位只寫一列`,
    danglingOwner: (key, id, file) =>
      `引用的${key === 'metric' ? '數字' : '指標'}${q['zh-Hant'](id)}在 ${file} 中不存在：請檢查 id 是否與 ${file} 中的一致`,
    unknownUnit: (unit, builtIn) =>
      `${q['zh-Hant'](unit)}不是內置單位（${builtIn.join(' ')}）：請在 units.csv 中加一列，寫出它的繁體中文和英文寫法（unit、zh-Hant、en、enOne 欄）`,
    quoteInside: (before) =>
      `儲存格中間有一個雙引號${before ? `（在${q['zh-Hant'](before)}之後）` : ''}：如果引號是文字的一部分，請把整個儲存格用雙引號括起來，並把其中的每個雙引號寫成兩個（"${before || '…'}""…"）。用 Excel 儲存時它會自動這樣做`,
    quoteAfterClose: (after) =>
      `儲存格的結束雙引號後面還有文字（${q['zh-Hant'](after)}）：如果引號是文字的一部分，請把它寫成兩個雙引號（""）`,
    quoteNotClosed:
      '以雙引號開頭的儲存格沒有結束的雙引號，檔案到結尾都沒有讀完：請補上結束的雙引號；如果引號是文字的一部分，請把它寫成兩個雙引號（""）',
    notCsv: (code) => `無法按 CSV 讀取此列（${code}）：請在 Excel 中開啟並另存為「CSV UTF-8（逗號分隔）」`,
    unreadable: (encoding) =>
      `有無法識別的字元（按 ${encoding} 讀取）：請在 Excel 中另存為「CSV UTF-8（逗號分隔）」，或用 --encoding 指定檔案的編碼`,
    fileLine: (line) => `（檔案第 ${line} 行）`,
    changed: (n) => `以下 ${n} 處按試算表的寫法讀取，請核對：`,
    kinds: {
      'full-width': '全形字元',
      thousands: '千位分隔符號',
      percent: '百分號',
      date: '日期寫法',
      midnight: '日期後的時間 0:00',
    },
    listKinds: (kinds) => kinds.join('、'),
    change: (from, to) => `${q['zh-Hant'](from)} → ${to}`,
    rows: (rows, more) => `第 ${rows.join('、')}${more ? ` 等 ${rows.length + more}` : ''} 列`,
    at: (file, column, rows) => `${file} ${column} 欄，${rows}`,
    what: (kinds, example, many) => `${kinds}${many ? '，如' : ''}${example}`,
  },
  en: {
    notAFile: (names) => `is not one of the report's files (${names.join(', ')})`,
    missingFile: 'is missing',
    emptyFile: 'is empty: row 1 must be the header row (the names of the columns)',
    unknownColumn: (file, names) => `is not a column of ${file} (columns: ${names.join(', ')})`,
    didYouMean: (file, name) => `is not a column of ${file}: did you mean ${name}? Correct the name in the header row`,
    repeatedColumn: (letter) => `has the same name as column ${letter}: each column may appear once`,
    missingColumn: 'is missing: add this column to the header row',
    number: {
      'not-a-number': (text) => `must be a number (got ${q.en(text)})`,
      magnitude: (text) =>
        `${q.en(text)} is not a number written in full: 万 and 亿 are not multiplied out; write 320000, with the unit in the unit column`,
      currency: (text) =>
        `${q.en(text)} is not a number: leave out the currency sign; the unit (元, 万元, 亿元) goes in the unit column`,
      comma: (text) =>
        `the comma in ${q.en(text)} is unclear: a thousands separator comes every three digits (1,089), and the decimal point is "."`,
      exponent: (text) =>
        `${q.en(text)} is Excel's scientific notation, which has lost digits: format the column as Number (with the decimals you need) and save again`,
      parentheses: (text) => `is ${q.en(text)} an accounting negative? Write it as -1000`,
      spaces: (text) => `are the spaces in ${q.en(text)} thousands separators? Write the number without them: 320000`,
    },
    notNumbers: (text) => `must be numbers separated by spaces (got ${q.en(text)})`,
    percentUnit: (text, unit) =>
      `${q.en(text)} has a per cent sign but the unit is ${q.en(unit)}: for a percentage, set the unit to %; otherwise leave out the %`,
    date: {
      'day-month-order': (text) =>
        `${q.en(text)} could be day/month or month/day: write the date as year-month-day, e.g. 2024-06-01`,
      'two-digit-year': (text) => `${q.en(text)} has a two-digit year: write the year in full, e.g. 2024-06-01`,
      'date-serial': (text, suggestion) =>
        `${q.en(text)} is a date Excel saved as its day number (usually ${suggestion} in Excel): format the column as Date or Text and save again, or type ${suggestion}`,
      'no-such-date': (text) => `there is no such date as ${q.en(text)}: check the month and the day`,
      'date-time': (text) => `${q.en(text)} has a time: only the date goes here, e.g. 2024-06-01`,
    },
    excelError: (code) =>
      `this cell holds an Excel error (${code}), not a value: fix the formula in Excel or type the value, and save again`,
    oneRow: (n) => `must have exactly one row under the header (has ${n})`,
    repeatedUnit: (unit) => `repeats the unit ${q.en(unit)}: one row per unit`,
    danglingOwner: (key, id, file) =>
      `refers to ${key === 'metric' ? 'a metric' : 'an indicator'} ${q.en(id)} that ${file} does not have: check that the id is written as in ${file}`,
    unknownUnit: (unit, builtIn) =>
      `${q.en(unit)} is not a built-in unit (${builtIn.join(' ')}): add a row for it to units.csv with its Traditional Chinese and English forms (columns unit, zh-Hant, en, enOne)`,
    quoteInside: (before) =>
      `there is a double quote inside the cell${before ? ` (after ${q.en(before)})` : ''}: if the quote is part of the text, wrap the whole cell in double quotes and double each quote inside ("${before || '…'}""…"); Excel does this itself when it saves`,
    quoteAfterClose: (after) =>
      `the cell's closing double quote is followed by more text (${q.en(after)}): if the quote is part of the text, double it ("")`,
    quoteNotClosed:
      'a cell opens with a double quote that is never closed, so the rest of the file is read into it: add the closing quote, or if the quote is part of the text, double it ("")',
    notCsv: (code) =>
      `this row cannot be read as CSV (${code}): open the file in Excel and save it as "CSV UTF-8 (Comma delimited)"`,
    unreadable: (encoding) =>
      `has characters that cannot be read (read as ${encoding}): save it as "CSV UTF-8 (Comma delimited)" in Excel, or give its encoding with --encoding`,
    fileLine: (line) => ` (line ${line} of the file)`,
    changed: (n) => `Read as a spreadsheet writes it, in ${n} ${n === 1 ? 'cell' : 'cells'}; please check:`,
    kinds: {
      'full-width': 'full-width characters',
      thousands: 'thousands separators',
      percent: 'per cent sign',
      date: 'date form',
      midnight: 'time 0:00 after the date',
    },
    listKinds: (kinds) => kinds.join(', '),
    change: (from, to) => `${q.en(from)} → ${to}`,
    rows: (rows, more) =>
      `${rows.length + more === 1 ? 'row' : 'rows'} ${rows.join(', ')}${more ? ` and ${more} more` : ''}`,
    at: (file, column, rows) => `${file} column ${column}, ${rows}`,
    what: (kinds, example, many) => `${kinds}${many ? ', e.g.' : ''} ${example}`,
  },
};
