// Stands in for an earlier Safer Seven already on the page: it defines the four tags first,
// as an older bundle would, carrying its version where the bundle looks for it.
for (const tag of ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts']) {
  customElements.define(
    tag,
    class EarlierSaferSeven extends HTMLElement {
      static version = '0.0.9';
    },
  );
}
