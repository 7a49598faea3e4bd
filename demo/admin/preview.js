// The content desk's preview elements: the real components of @safer-seven/elements, each
// given the briefing being edited instead of the built-in one. The CMS's preview pane is an
// iframe with a window of its own, so admin.js injects this file into that iframe, where it
// defines the tags in the iframe's own registry (a class from the admin page's window cannot
// be defined there). Built by scripts/site/admin.mjs into site/admin/preview.js.
import { SaferSevenBriefing, SaferSevenContacts, SaferSevenReportIt, SaferSevenWarningSigns } from '@safer-seven/elements';

/**
 * `Base` with a `briefing` property: when set, the tag shows that briefing instead of the one
 * its `topic` names. Preview only: it sets the protected `briefingResult`, after the base
 * class has chosen the built-in one (so a change of `topic` never wins over the edited data).
 */
function withEditedBriefing(Base) {
  return class extends Base {
    static properties = { briefing: { attribute: false } };

    willUpdate(changed) {
      super.willUpdate(changed);
      if (this.briefing) this.briefingResult = { ok: true, briefing: this.briefing };
    }
  };
}

const tags = {
  'safer-seven-preview-report-it': SaferSevenReportIt,
  'safer-seven-preview-warning-signs': SaferSevenWarningSigns,
  'safer-seven-preview-contacts': SaferSevenContacts,
  'safer-seven-preview-briefing': SaferSevenBriefing,
};
for (const [tag, Base] of Object.entries(tags)) {
  if (!customElements.get(tag)) customElements.define(tag, withEditedBriefing(Base));
}
