// JSON text → value plus where each value and key sits (line:column), so that a report problem at
// `metrics[3].value` can be shown as `my.json:41:16`. A syntax error says where it is the same way.
// Pure: no file system.

/** What a syntax error says, per language: `d` is `{ code, found, key }` (found: a character, or '' at the end). */
const SYNTAX_MESSAGES = {
  'zh-Hans': {
    found: (f) => (f ? `“${f}”` : '文件结尾'),
    describe: (d, found) =>
      ({
        'control-character': '字符串中有未转义的控制字符（如换行）',
        'unterminated-string': '字符串缺少结尾的双引号',
        'invalid-escape': '字符串中有无效的转义（\\）',
        'expected-key': `此处应为带双引号的字段名，实际为${found}`,
        'expected-colon': `“${d.key}”后应为冒号，实际为${found}`,
        'trailing-comma-object': '“}”前多了一个逗号',
        'trailing-comma-array': '“]”前多了一个逗号',
        'expected-comma-object': `此处应为逗号或“}”，实际为${found}`,
        'expected-comma-array': `此处应为逗号或“]”，实际为${found}`,
        unexpected: `此处不能是${found}`,
        'after-end': `JSON 已经结束，后面不能再有${found}`,
      })[d.code],
  },
  'zh-Hant': {
    found: (f) => (f ? `「${f}」` : '檔案結尾'),
    describe: (d, found) =>
      ({
        'control-character': '字串中有未轉義的控制字元（如換行）',
        'unterminated-string': '字串缺少結尾的雙引號',
        'invalid-escape': '字串中有無效的轉義（\\）',
        'expected-key': `此處應為帶雙引號的欄位名稱，實際為${found}`,
        'expected-colon': `「${d.key}」後應為冒號，實際為${found}`,
        'trailing-comma-object': '「}」前多了一個逗號',
        'trailing-comma-array': '「]」前多了一個逗號',
        'expected-comma-object': `此處應為逗號或「}」，實際為${found}`,
        'expected-comma-array': `此處應為逗號或「]」，實際為${found}`,
        unexpected: `此處不能是${found}`,
        'after-end': `JSON 已經結束，後面不能再有${found}`,
      })[d.code],
  },
  en: {
    found: (f) => (f ? JSON.stringify(f) : 'the end of the file'),
    describe: (d, found) =>
      ({
        'control-character': 'unescaped control character in a string',
        'unterminated-string': 'unterminated string',
        'invalid-escape': 'invalid escape in a string',
        'expected-key': `expected a "quoted" field name, found ${found}`,
        'expected-colon': `expected ":" after "${d.key}", found ${found}`,
        'trailing-comma-object': 'trailing comma before "}"',
        'trailing-comma-array': 'trailing comma before "]"',
        'expected-comma-object': `expected "," or "}", found ${found}`,
        'expected-comma-array': `expected "," or "]", found ${found}`,
        unexpected: `unexpected ${found}`,
        'after-end': `unexpected ${found} after the end of the JSON value`,
      })[d.code],
  },
};

/** A JSON syntax error with its 1-based line and column; `message` is English, `describe(language)` any language. */
export class JsonSyntaxError extends Error {
  /** @param {{ code: string, found?: string, key?: string }} detail @param {number} line @param {number} column */
  constructor(detail, line, column) {
    super(SYNTAX_MESSAGES.en.describe(detail, SYNTAX_MESSAGES.en.found(detail.found ?? '')));
    this.detail = detail;
    this.line = line;
    this.column = column;
  }

  /** @param {'zh-Hans' | 'zh-Hant' | 'en'} language */
  describe(language) {
    const words = SYNTAX_MESSAGES[language] ?? SYNTAX_MESSAGES.en;
    return words.describe(this.detail, words.found(this.detail.found ?? ''));
  }
}

/** Appends a key to a path the way src/report/validate.ts writes paths: `a.b[2].c`. */
export function joinPath(path, key) {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : String(key);
}

/**
 * Parses JSON and records, for every value, where it starts (and, for object members, where its key starts).
 * @param {string} text
 * @returns {{ value: unknown, values: Map<string, {line: number, column: number}>, keys: Map<string, {line: number, column: number}> }}
 */
export function parseJsonWithLocations(text) {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const locate = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  const values = new Map();
  const keys = new Map();
  const fail = (detail, offset = at) => {
    const { line, column } = locate(Math.min(offset, text.length));
    throw new JsonSyntaxError(detail, line, column);
  };
  /** The character at `offset` ('' at the end of the text). */
  const found = (offset) => (offset >= text.length ? '' : text[offset]);
  const space = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  };
  const string = () => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\') at++;
      else if (text.charCodeAt(at) < 0x20) fail({ code: 'control-character' });
      at++;
    }
    if (at >= text.length) fail({ code: 'unterminated-string' }, start);
    at++;
    try {
      return JSON.parse(text.slice(start, at));
    } catch {
      return fail({ code: 'invalid-escape' }, start);
    }
  };
  const value = (path) => {
    space();
    values.set(path, locate(at));
    const c = text[at];
    if (c === '{') {
      at++;
      const out = {};
      space();
      if (text[at] === '}') {
        at++;
        return out;
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail({ code: 'expected-key', found: found(at) });
        const keyAt = locate(at);
        const key = string();
        const childPath = joinPath(path, key);
        keys.set(childPath, keyAt);
        space();
        if (text[at] !== ':') fail({ code: 'expected-colon', key, found: found(at) });
        at++;
        out[key] = value(childPath);
        space();
        if (text[at] === ',') {
          at++;
          space();
          if (text[at] === '}') fail({ code: 'trailing-comma-object' });
          continue;
        }
        if (text[at] === '}') {
          at++;
          return out;
        }
        fail({ code: 'expected-comma-object', found: found(at) });
      }
    }
    if (c === '[') {
      at++;
      const out = [];
      space();
      if (text[at] === ']') {
        at++;
        return out;
      }
      for (;;) {
        out.push(value(joinPath(path, out.length)));
        space();
        if (text[at] === ',') {
          at++;
          space();
          if (text[at] === ']') fail({ code: 'trailing-comma-array' });
          continue;
        }
        if (text[at] === ']') {
          at++;
          return out;
        }
        fail({ code: 'expected-comma-array', found: found(at) });
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
    if (!literal) fail({ code: 'unexpected', found: found(at) });
    at += literal[0].length;
    return JSON.parse(literal[0]);
  };
  const result = value('');
  space();
  if (at < text.length) fail({ code: 'after-end', found: found(at) });
  return { value: result, values, keys };
}

/**
 * Where a problem's path is in the file: the value itself, else (a missing field) the closest enclosing value.
 * @param {{ values: Map<string, {line: number, column: number}>, keys: Map<string, {line: number, column: number}> }} located
 * @param {string} path
 * @param {{ key?: boolean }} [options] point at the member's key (an unknown field) rather than its value
 */
export function locationOf(located, path, options = {}) {
  if (options.key && located.keys.has(path)) return located.keys.get(path);
  let probe = path;
  for (;;) {
    const found = located.values.get(probe);
    if (found) return found;
    if (!probe) return { line: 1, column: 1 };
    const cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
    probe = cut > 0 ? probe.slice(0, cut) : '';
  }
}
