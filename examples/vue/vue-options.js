// Tells Vue's template compiler that sw-* tags are custom elements, not Vue components.
// readme:start
export const compilerOptions = {
  isCustomElement: (tag) => tag.startsWith('sw-'),
};
// readme:end
