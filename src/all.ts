/** Registers all three elements: the entry of the script-tag bundles (cdn/). */
import './stat-card/define.js';
import './region-map/define.js';
import './story-list/define.js';

export * from './index.js';
