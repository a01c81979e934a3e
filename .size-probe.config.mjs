import configs from './rollup.config.mjs';
export default [configs[0]];
