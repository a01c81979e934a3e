/**
 * What a report problem says, in each language, by its code. The field path
 * stays as it is in the JSON (`metrics[3].value`) so a partner can find it.
 */
import type { Language } from './schema.js';

/** A kind of thing one id refers to. */
export type ReferenceKind = 'place' | 'source' | 'story' | 'metric' | 'tag';

/** A string format the schema checks. */
export type FormatKind = 'id' | 'tag' | 'adcode' | 'date' | 'url' | 'text';

/** The value type a field must have. */
export type TypeKind = 'string' | 'number' | 'object' | 'array' | 'other';

/** Every problem validation can report, with what its message needs. */
export type ProblemDetail =
  | { code: 'required' }
  | { code: 'type'; expected: TypeKind }
  | { code: 'empty' }
  | { code: 'too-long'; max: number }
  | { code: 'too-few'; min: number }
  | { code: 'format'; format: FormatKind }
  | { code: 'one-of'; options: string[] }
  | { code: 'not-negative' }
  | { code: 'min-value'; min: number }
  | { code: 'max-value'; max: number }
  | { code: 'finite' }
  | { code: 'integer' }
  | { code: 'invalid' }
  | { code: 'duplicate-id'; id: string }
  | { code: 'unknown-reference'; kind: ReferenceKind; id: string }
  | { code: 'province-code'; value: string }
  | { code: 'country-code'; value: string }
  | { code: 'country-level' }
  | { code: 'division-code'; value: string }
  | { code: 'not-calendar-date'; value: string }
  | { code: 'before-start'; start: string }
  | { code: 'not-positive' }
  | { code: 'unknown-unit'; unit: string; builtIn: readonly string[] }
  | { code: 'series-order'; previous: string }
  | { code: 'series-last-value'; value: number }
  | { code: 'series-last-date'; date: string }
  | { code: 'duplicate-value'; division: string; date: string };

export interface ValidationMessages {
  describe: (detail: ProblemDetail) => string;
  /** What came instead: "(got 445100)". */
  received: (value: string) => string;
  /** One problem: `path: message`. */
  line: (path: string, message: string) => string;
  /** How many more problems there are: (+2). */
  more: (count: number) => string;
}

const zhKinds: Record<ReferenceKind, string> = {
  place: '地点',
  source: '来源',
  story: '报道',
  metric: '指标',
  tag: '标签',
};
const hantKinds: Record<ReferenceKind, string> = {
  place: '地點',
  source: '來源',
  story: '報道',
  metric: '指標',
  tag: '標籤',
};
const zhTypes: Record<TypeKind, string> = {
  string: '字符串',
  number: '数字',
  object: '对象',
  array: '数组',
  other: '正确的类型',
};
const hantTypes: Record<TypeKind, string> = {
  string: '字串',
  number: '數字',
  object: '物件',
  array: '陣列',
  other: '正確的類型',
};
const enTypes: Record<TypeKind, string> = {
  string: 'a string',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  other: 'of the right type',
};
const zhFormats: Record<FormatKind, string> = {
  id: '必须由小写字母、数字和连字符组成',
  tag: '必须由小写字母、数字和连字符组成',
  adcode: '必须是 6 位 GB/T 2260 行政区划代码',
  date: '必须是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期',
  url: '必须是 http: 或 https: 网址',
  text: '格式不正确',
};
const hantFormats: Record<FormatKind, string> = {
  id: '必須由小寫字母、數字和連字號組成',
  tag: '必須由小寫字母、數字和連字號組成',
  adcode: '必須是 6 位 GB/T 2260 行政區劃代碼',
  date: '必須是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期',
  url: '必須是 http: 或 https: 網址',
  text: '格式不正確',
};
const enFormats: Record<FormatKind, string> = {
  id: 'must be lower-case letters, digits and hyphens',
  tag: 'must be lower-case letters, digits and hyphens',
  adcode: 'must be a 6-digit GB/T 2260 code',
  date: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
  url: 'must be an http: or https: URL',
  text: 'is not in the right format',
};

export const VALIDATION_MESSAGES: Record<Language, ValidationMessages> = {
  'zh-Hans': {
    describe: (d) => {
      switch (d.code) {
        case 'required':
          return '必须填写';
        case 'type':
          return `必须是${zhTypes[d.expected]}`;
        case 'empty':
          return '不能为空';
        case 'too-long':
          return `过长（超过 ${d.max} 个字符）`;
        case 'too-few':
          return `至少需要 ${d.min} 项`;
        case 'format':
          return zhFormats[d.format];
        case 'one-of':
          return `必须是以下之一：${d.options.join('、')}`;
        case 'not-negative':
          return '不能为负数';
        case 'min-value':
          return `不能小于 ${d.min}`;
        case 'max-value':
          return `不能大于 ${d.max}`;
        case 'finite':
          return '必须是有限的数字';
        case 'integer':
          return '必须是整数';
        case 'invalid':
          return '无效';
        case 'duplicate-id':
          return `与另一项的编号“${d.id}”重复`;
        case 'unknown-reference':
          return `引用的${zhKinds[d.kind]}“${d.id}”在报告中不存在`;
        case 'province-code':
          return `必须是 34 个省级行政区代码之一，或表示全国的 100000（实际为 ${d.value}）`;
        case 'country-code':
          return `全国性地点的代码必须是 100000（实际为 ${d.value}）`;
        case 'country-level':
          return '代码为 100000 的地点，级别必须是 country（全国）';
        case 'division-code':
          return `必须是 34 个省级行政区代码之一（实际为 ${d.value}）`;
        case 'not-calendar-date':
          return `不是有效的日期（${d.value}）`;
        case 'before-start':
          return `早于开始日期（${d.start}）`;
        case 'not-positive':
          return '必须是正数';
        case 'unknown-unit':
          return `“${d.unit}”不是内置单位（${d.builtIn.join(' ')}），报告的 units 表中也没有它的写法`;
        case 'series-order':
          return `必须晚于前一个点的日期（${d.previous}）`;
        case 'series-last-value':
          return `最后一个点必须等于指标的数值（${d.value}）`;
        case 'series-last-date':
          return `最后一个点必须是指标的日期 asOf（${d.date}）`;
        case 'duplicate-value':
          return `与另一项重复：${d.division} 在 ${d.date || '同一日期'} 已有数值`;
      }
    },
    received: (value) => `（实际为 ${value}）`,
    line: (path, message) => (path ? `${path}：${message}` : message),
    more: (count) => `（另有 ${count} 处）`,
  },
  'zh-Hant': {
    describe: (d) => {
      switch (d.code) {
        case 'required':
          return '必須填寫';
        case 'type':
          return `必須是${hantTypes[d.expected]}`;
        case 'empty':
          return '不能為空';
        case 'too-long':
          return `過長（超過 ${d.max} 個字元）`;
        case 'too-few':
          return `至少需要 ${d.min} 項`;
        case 'format':
          return hantFormats[d.format];
        case 'one-of':
          return `必須是以下之一：${d.options.join('、')}`;
        case 'not-negative':
          return '不能為負數';
        case 'min-value':
          return `不能小於 ${d.min}`;
        case 'max-value':
          return `不能大於 ${d.max}`;
        case 'finite':
          return '必須是有限的數字';
        case 'integer':
          return '必須是整數';
        case 'invalid':
          return '無效';
        case 'duplicate-id':
          return `與另一項的編號「${d.id}」重複`;
        case 'unknown-reference':
          return `引用的${hantKinds[d.kind]}「${d.id}」在報告中不存在`;
        case 'province-code':
          return `必須是 34 個省級行政區代碼之一，或表示全國的 100000（實際為 ${d.value}）`;
        case 'country-code':
          return `全國性地點的代碼必須是 100000（實際為 ${d.value}）`;
        case 'country-level':
          return '代碼為 100000 的地點，級別必須是 country（全國）';
        case 'division-code':
          return `必須是 34 個省級行政區代碼之一（實際為 ${d.value}）`;
        case 'not-calendar-date':
          return `不是有效的日期（${d.value}）`;
        case 'before-start':
          return `早於開始日期（${d.start}）`;
        case 'not-positive':
          return '必須是正數';
        case 'unknown-unit':
          return `「${d.unit}」不是內置單位（${d.builtIn.join(' ')}），報告的 units 表中也沒有它的寫法`;
        case 'series-order':
          return `必須晚於前一個點的日期（${d.previous}）`;
        case 'series-last-value':
          return `最後一個點必須等於指標的數值（${d.value}）`;
        case 'series-last-date':
          return `最後一個點必須是指標的日期 asOf（${d.date}）`;
        case 'duplicate-value':
          return `與另一項重複：${d.division} 在 ${d.date || '同一日期'} 已有數值`;
      }
    },
    received: (value) => `（實際為 ${value}）`,
    line: (path, message) => (path ? `${path}：${message}` : message),
    more: (count) => `（另有 ${count} 處）`,
  },
  en: {
    describe: (d) => {
      switch (d.code) {
        case 'required':
          return 'is required';
        case 'type':
          return `must be ${enTypes[d.expected]}`;
        case 'empty':
          return 'must not be empty';
        case 'too-long':
          return `is too long (over ${d.max.toLocaleString('en-GB')} characters)`;
        case 'too-few':
          return `must have at least ${d.min} ${d.min === 1 ? 'item' : 'items'}`;
        case 'format':
          return enFormats[d.format];
        case 'one-of':
          return `must be one of ${d.options.join(', ')}`;
        case 'not-negative':
          return 'must not be negative';
        case 'min-value':
          return `must be at least ${d.min}`;
        case 'max-value':
          return `must be at most ${d.max}`;
        case 'finite':
          return 'must be a finite number';
        case 'integer':
          return 'must be a whole number';
        case 'invalid':
          return 'is not valid';
        case 'duplicate-id':
          return `duplicates the id "${d.id}"`;
        case 'unknown-reference':
          return `refers to a ${d.kind} "${d.id}" that the report does not have`;
        case 'province-code':
          return `must be one of the 34 provincial-level division codes, or 100000 for the whole country (got ${d.value})`;
        case 'country-code':
          return `must be 100000 for a national place (got ${d.value})`;
        case 'country-level':
          return 'must be country for a place with the code 100000';
        case 'division-code':
          return `must be one of the 34 provincial-level division codes (got ${d.value})`;
        case 'not-calendar-date':
          return `is not a calendar date (${d.value})`;
        case 'before-start':
          return `is before the start (${d.start})`;
        case 'not-positive':
          return 'must be a positive number';
        case 'unknown-unit':
          return `"${d.unit}" is not a built-in unit (${d.builtIn.join(' ')}) and the report's units table does not give its forms`;
        case 'series-order':
          return `must come after the date of the point before it (${d.previous})`;
        case 'series-last-value':
          return `must equal the metric's value (${d.value}) at the last point`;
        case 'series-last-date':
          return `must be the metric's date, asOf (${d.date}), at the last point`;
        case 'duplicate-value':
          return `duplicates the value of ${d.division}${d.date ? ` for ${d.date}` : ''}`;
      }
    },
    received: (value) => ` (got ${value})`,
    line: (path, message) => (path ? `${path}: ${message}` : message),
    more: (count) => ` (+${count})`,
  },
};
