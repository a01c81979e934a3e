/** Registers <sw-stat-card>. Importing this module is the only side effect of the element. */
import { defineElement } from '../base/define.js';
import { StatCard } from './stat-card.js';

defineElement('sw-stat-card', StatCard);

export { StatCard };

declare global {
  interface HTMLElementTagNameMap {
    'sw-stat-card': StatCard;
  }
}
