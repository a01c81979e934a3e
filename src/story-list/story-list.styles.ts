import { css } from 'lit';

// Kept short on purpose: this CSS ships in the 30 KB script-tag bundle.
// While a report loads, the placeholder holds the count line and as many stories as will likely
// show (by limit, region or tag), each as tall as a story usually is at its width (test/layout-shift.test.ts).
export const storyListStyles = css`
  :host {
    --_placeholder-height: 8rem;
    --_placeholder-stories: 4;
  }
  :host([limit='1']),
  :host([region]) {
    --_placeholder-stories: 1;
  }
  :host([limit='2']),
  :host([tag]) {
    --_placeholder-stories: 2;
  }
  :host([limit='3']) {
    --_placeholder-stories: 3;
  }
  :host > .placeholder {
    container-type: inline-size;
  }
  :host > .placeholder::before {
    content: '';
    display: block;
    height: calc(5.5rem + var(--_placeholder-stories) * clamp(13.75rem, 29.5rem - 30.3cqi, 28rem));
  }
  .list {
    container-type: inline-size;
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  p,
  ol,
  ul,
  h3 {
    margin: 0;
    padding: 0;
  }
  ol,
  ul {
    list-style: none;
  }
  button {
    font: inherit;
    color: var(--_text);
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  .status,
  .original,
  .meta,
  .sources,
  .figures,
  .tags,
  .clear {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_text-muted);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-size: 1em;
    color: var(--_text);
    text-align: center;
  }
  .stories > li + li {
    border-top: 1px solid var(--_border);
  }
  .story {
    display: grid;
    gap: 0.375rem;
    padding: calc(var(--_space) * 0.875) 0;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.4;
  }
  a {
    color: inherit;
    text-underline-offset: 0.2em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  /* The separator ends a line rather than starting the next one when the line wraps; not read out, where the
     engine has alternative text for content (older engines show it by the first declaration). */
  .meta > :not(:last-child)::after {
    content: '·';
    content: '·' / '';
    margin-inline-start: 0.5rem;
  }
  .place {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .figures,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .figures li,
  .tags li {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .figures li {
    border-color: transparent;
    background: var(--_surface-alt);
    color: var(--_text);
  }
  strong {
    color: var(--_accent);
  }
  .more {
    width: 100%;
    margin-top: 0.5rem;
  }
  button:hover,
  a:hover {
    color: var(--_accent);
  }
  @container (max-width: 22rem) {
    .title {
      font-size: 1em;
    }
  }
`;
