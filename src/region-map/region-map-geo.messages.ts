/** Interface text of <sw-region-map layout="geo"> in the three languages. */
import type { Language } from '../report/schema.js';
import type { GeoLoadFailure } from '../map/geo-map.js';

export interface RegionMapGeoMessages {
  /** The geometry (or the code drawing it) could not be loaded; `reason` from the drawing messages when known. */
  loadFailed: (url: string, reason?: string) => string;
  /** The button that shows the tile map when the geographic map cannot be drawn. */
  showGrid: string;
}

/** In the element's bundle: what it says when the geographic map cannot be loaded. */
export const REGION_MAP_GEO_MESSAGES: Record<Language, RegionMapGeoMessages> = {
  'zh-Hans': {
    loadFailed: (url, reason) => `无法加载地图数据 ${url}${reason ? `：${reason}` : ''}`,
    showGrid: '改用方块地图',
  },
  'zh-Hant': {
    loadFailed: (url, reason) => `無法載入地圖資料 ${url}${reason ? `：${reason}` : ''}`,
    showGrid: '改用方塊地圖',
  },
  en: {
    loadFailed: (url, reason) => `Cannot load the map geometry at ${url}${reason ? `: ${reason}` : ''}`,
    showGrid: 'Show the tile map instead',
  },
};

export interface RegionMapGeoDrawingMessages {
  /** Label of the South China Sea inset, broken into lines in ways from widest to narrowest. */
  insetLabel: string[][];
  /** Why the geometry could not be used; `detail` is the HTTP status or the timeout in seconds. */
  reasons: Record<GeoLoadFailure, (detail: number) => string>;
}

/** Loaded with the geographic module (region-map-geo.render.ts), not in the element's bundle. */
export const REGION_MAP_GEO_DRAWING_MESSAGES: Record<Language, RegionMapGeoDrawingMessages> = {
  'zh-Hans': {
    insetLabel: [['南海诸岛']],
    reasons: {
      'http-status': (status) => `错误 ${status}`,
      timeout: (seconds) => `${seconds} 秒内没有响应`,
      invalid: () => '不是可用的地图数据',
      network: () => '无法连接',
      integrity: () => '内容与校验值不符，未予使用',
    },
  },
  'zh-Hant': {
    insetLabel: [['南海諸島']],
    reasons: {
      'http-status': (status) => `錯誤 ${status}`,
      timeout: (seconds) => `${seconds} 秒內沒有回應`,
      invalid: () => '不是可用的地圖資料',
      network: () => '無法連接',
      integrity: () => '內容與校驗值不符，未予使用',
    },
  },
  en: {
    insetLabel: [['South China Sea Islands'], ['South China Sea', 'Islands'], ['South', 'China Sea', 'Islands']],
    reasons: {
      'http-status': (status) => `error ${status}`,
      timeout: (seconds) => `no answer within ${seconds} s`,
      invalid: () => 'not usable map data',
      network: () => 'cannot connect',
      integrity: () => 'its content does not match its hash: it was not used',
    },
  },
};
