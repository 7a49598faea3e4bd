// The leaflet's "Print" button: it needs JavaScript, so it stays hidden without it (the
// browser's own Print still works, with the same print stylesheet).
const button = document.querySelector('[data-print]');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
