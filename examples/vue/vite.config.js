// The Vite configuration of a Vue app using sw-widgets (scripts/dev/examples.mjs compiles App.vue with the same options).
import vue from '@vitejs/plugin-vue';
import { compilerOptions } from './vue-options.js';

export default {
  plugins: [vue({ template: { compilerOptions } })],
};
