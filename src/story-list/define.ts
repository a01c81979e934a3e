/** Registers <sw-story-list>. Importing this module is the only side effect of the element. */
import { defineElement } from '../base/define.js';
import { StoryList } from './story-list.js';

defineElement('sw-story-list', StoryList);

export { StoryList };

declare global {
  interface HTMLElementTagNameMap {
    'sw-story-list': StoryList;
  }
}
