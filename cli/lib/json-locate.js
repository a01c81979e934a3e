// JSON text → value plus where each value and key sits (line:column), so that a report problem at
// `metrics[3].value` can be shown as `my.json:41:16`. A syntax error says where it is the same way.
// Pure: no file system.

/** A JSON syntax error with its 1-based line and column. */
export class JsonSyntaxError extends Error {
  /** @param {string} message @param {number} line @param {number} column */
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
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
  const fail = (message, offset = at) => {
    const { line, column } = locate(Math.min(offset, text.length));
    throw new JsonSyntaxError(message, line, column);
  };
  const describe = (offset) => (offset >= text.length ? 'the end of the file' : JSON.stringify(text[offset]));
  const space = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  };
  const string = () => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\') at++;
      else if (text.charCodeAt(at) < 0x20) fail('unescaped control character in a string');
      at++;
    }
    if (at >= text.length) fail('unterminated string', start);
    at++;
    try {
      return JSON.parse(text.slice(start, at));
    } catch {
      return fail('invalid escape in a string', start);
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
        if (text[at] !== '"') fail(`expected a "quoted" field name, found ${describe(at)}`);
        const keyAt = locate(at);
        const key = string();
        const childPath = joinPath(path, key);
        keys.set(childPath, keyAt);
        space();
        if (text[at] !== ':') fail(`expected ":" after "${key}", found ${describe(at)}`);
        at++;
        out[key] = value(childPath);
        space();
        if (text[at] === ',') {
          at++;
          space();
          if (text[at] === '}') fail('trailing comma before "}"');
          continue;
        }
        if (text[at] === '}') {
          at++;
          return out;
        }
        fail(`expected "," or "}", found ${describe(at)}`);
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
          if (text[at] === ']') fail('trailing comma before "]"');
          continue;
        }
        if (text[at] === ']') {
          at++;
          return out;
        }
        fail(`expected "," or "]", found ${describe(at)}`);
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
    if (!literal) fail(`unexpected ${describe(at)}`);
    at += literal[0].length;
    return JSON.parse(literal[0]);
  };
  const result = value('');
  space();
  if (at < text.length) fail(`unexpected ${describe(at)} after the end of the JSON value`);
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
