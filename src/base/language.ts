/** Which language an element speaks, from its own `lang`, its ancestors' or the document's. */
import { isServer, type ReactiveControllerHost } from 'lit';
import { DEFAULT_LANGUAGE, normalizeLanguage, type Language } from '../format/language.js';

/**
 * The element's `lang`, else the nearest ancestor's (crossing shadow roots),
 * else the document's, else zh-Hans.
 */
export function resolveLanguage(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const found = normalizeLanguage(node.getAttribute('lang'));
    if (found) return found;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  // On a server (sw-widgets/ssr) there is no document: `lang` is set on the element.
  if (isServer) return DEFAULT_LANGUAGE;
  return normalizeLanguage(document.documentElement.getAttribute('lang')) ?? DEFAULT_LANGUAGE;
}

/** Elements to re-render when any `lang` attribute in the document changes; one observer for all. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}

/** Renders `host` again when an ancestor's or the document's `lang` changes, while it is connected (a controller). */
export function watchLanguage(host: ReactiveControllerHost): void {
  let stop: (() => void) | undefined;
  host.addController({
    hostConnected: () => (stop = onLanguageChange(() => host.requestUpdate())),
    hostDisconnected: () => {
      stop?.();
      stop = undefined;
    },
  });
}
