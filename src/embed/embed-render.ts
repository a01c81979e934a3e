/** The content of the embed page for a parsed query: the widgets, or a visible error naming what is wrong. */
import type { EmbedMessages } from './embed.messages.js';
import type { EmbedQuery } from './embed-query.js';

export function renderEmbed(root: HTMLElement, query: EmbedQuery, messages: EmbedMessages): void {
  // No replaceChildren (Chrome 86): emptied, then filled.
  root.textContent = '';
  if (query.ok) {
    root.append(
      ...query.widgets.map(({ tag, attributes }) => {
        const element = document.createElement(tag);
        for (const [name, value] of attributes) element.setAttribute(name, value);
        return element;
      }),
    );
    return;
  }
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('strong');
  heading.textContent = messages.errorHeading;
  const text = document.createElement('span');
  text.textContent = messages.problem(query.problem);
  box.append(heading, ' ', text);
  root.append(box);
}
