/**
 * Design tokens every element shares. Each public `--sw-*` property has a
 * fallback; elements use the private `--_*` versions so that the dark theme
 * can swap defaults without overriding what a partner set.
 */
import { css, unsafeCSS } from 'lit';

/** The dark theme's defaults (a plain string named …_CSS: the build minifies it like css`…`). */
const DARK_CSS = `
  --_text: var(--sw-text, #eef0f4);
  --_text-muted: var(--sw-text-muted, #b3b9c6);
  --_surface: var(--sw-surface, #171a21);
  --_surface-alt: var(--sw-surface-alt, #232733);
  --_border: var(--sw-border, #3d4350);
  --_accent: var(--sw-accent, #ff8f80);
  --_accent-contrast: var(--sw-accent-contrast, #171a21);
  --_focus: var(--sw-focus, #8cb8ff);
  --_error: var(--sw-error, #ffb4ab);
  --_error-surface: var(--sw-error-surface, #3b1d1b);
  color-scheme: dark;
`;
const dark = unsafeCSS(DARK_CSS);

export const themeStyles = css`
  :host {
    --_text: var(--sw-text, #1d2433);
    --_text-muted: var(--sw-text-muted, #556070);
    --_surface: var(--sw-surface, #ffffff);
    --_surface-alt: var(--sw-surface-alt, #f3f4f7);
    --_border: var(--sw-border, #d5d9e0);
    --_accent: var(--sw-accent, #b42318);
    --_accent-contrast: var(--sw-accent-contrast, #ffffff);
    --_focus: var(--sw-focus, #1a5fb4);
    --_error: var(--sw-error, #a4161a);
    --_error-surface: var(--sw-error-surface, #fdecea);
    --_radius: var(--sw-radius, 8px);
    --_space: var(--sw-space, 1rem);
    --_font: var(
      --sw-font,
      system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC',
      sans-serif
    );
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--sw-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .placeholder {
    min-height: var(--_placeholder-height, 8rem);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .error {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_error-surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .error strong {
    color: var(--_error);
    margin-inline-end: 0.5em;
  }
  .stale {
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    /* The notice sits outside the element's own box: without a background, dark-theme text would sit on the page's. */
    background: var(--_surface);
    font-size: 0.875em;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
    font-size: 0.875rem;
  }
  .tools button {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
`;
