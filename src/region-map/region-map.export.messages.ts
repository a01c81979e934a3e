/** Text of the CSV columns of <sw-region-map>'s export, per language. Loaded with its export model (src/region-map/region-map.export.ts), never with the element. */
import type { Language } from '../report/schema.js';

export type RegionMapExportMessages = {
  code: string;
  division: string;
  value: string;
  shownAs: string;
  places: string;
  stories: string;
};

export const REGION_MAP_EXPORT_MESSAGES: Record<Language, RegionMapExportMessages> = {
  'zh-Hans': {
    code: '行政区划代码',
    division: '省级行政区',
    value: '数值',
    shownAs: '显示为',
    places: '地点',
    stories: '报道',
  },
  'zh-Hant': {
    code: '行政區劃代碼',
    division: '省級行政區',
    value: '數值',
    shownAs: '顯示為',
    places: '地點',
    stories: '報道',
  },
  en: {
    code: 'Division code',
    division: 'Division',
    value: 'Value',
    shownAs: 'Shown as',
    places: 'Places',
    stories: 'Stories',
  },
};
