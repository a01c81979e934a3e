/** Registering a tag safely: pasting the snippet twice, or two bundles on one page, must not throw. */
import { VERSION } from './version.js';

const warned = new Set<string>();

/**
 * Defines `tag` unless it is already defined. When another copy of sw-widgets
 * with a different version defined it first, warns once and keeps that one.
 * In an engine without custom elements it does nothing: the tag's fallback content stays, and nothing throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor & { version?: string }): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing.version !== VERSION && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `sw-widgets ${VERSION}: <${tag}> is already defined by ${existing.version ? `sw-widgets ${existing.version}` : 'another script'}; using that one.`,
    );
  }
}
