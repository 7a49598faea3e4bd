import {LitElement, html, css} from 'lit';
class X extends LitElement { static styles = css`:host{display:block}`; render(){return html`<p>${this.x}</p>`} }
customElements.define('x-x', X);
