// A partner's own component built on its own copy of Lit (node_modules/lit, served as ES modules in its development build).
import { LitElement, html, css } from 'lit';

class PartnerGreeting extends LitElement {
  static properties = { name: {} };
  static styles = css`p { margin: 0; font-weight: 700; }`;
  constructor() {
    super();
    this.name = '';
  }
  render() {
    return html`<p>Hello from the partner’s Lit, ${this.name}</p>`;
  }
}
customElements.define('partner-greeting', PartnerGreeting);
