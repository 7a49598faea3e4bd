import {
  defaultHeadingLevel,
  defaultTopic,
  enGB as strings,
  getBriefing,
  isPastReviewDue,
  parseHeadingLevel,
  type Briefing,
  type BriefingResult,
  type HeadingLevel,
} from '@safer-seven/content';
import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { version } from '../version.js';
import { isPastExpiry, signedUpdate } from './signed-updates.js';
import { styles } from './styles.js';

/**
 * What every Safer Seven tag shares: the `topic` and `heading-level` attributes of the
 * contract, the visible message for an unknown topic, and the one stylesheet.
 *
 * @csspart base - The wrapper around everything the tag shows.
 * @csspart heading - Each heading.
 * @csspart message - The message shown for an unknown topic.
 * @csspart review - The line shown past the content's review date: when it was checked, where to find the latest.
 * @csspart provenance - The last line: whose information it is and when its details were checked.
 */
export abstract class SaferSevenElement extends LitElement {
  /** The version of `@safer-seven/elements` that defined this class. */
  static readonly version: string = version;

  static override styles = styles;

  static override properties = {
    topic: {},
    headingLevel: { attribute: 'heading-level' },
    updates: {},
    updatesKey: { attribute: 'updates-key' },
  };

  /** Which briefing of the series to show. */
  declare topic: string;

  /** The level of the tag's own top heading, 1 to 6; inner headings follow one level below. */
  declare headingLevel: string | number;

  /** The `https:` address of a signed content file to use when it is newer than the built-in content. */
  declare updates: string | undefined;

  /** The public key (base64url, raw P-256) that `updates` must be signed with, or two separated by a space while keys rotate; without it, no request. */
  declare updatesKey: string | undefined;

  /** The briefing for `topic`, or why there is none. */
  protected briefingResult: BriefingResult = getBriefing(defaultTopic);

  /** The instant of a tag's `now` attribute, if it takes one and it is valid: judged instead of the clock. */
  protected fixedInstant: number | undefined;

  /** Whether the next render hydrates a server's markup rather than replacing it. */
  protected hydrating = false;

  /** `headingLevel` checked: 2 unless it is a whole number from 1 to 6. */
  protected level: HeadingLevel = defaultHeadingLevel;

  constructor() {
    super();
    this.topic = defaultTopic;
    this.headingLevel = defaultHeadingLevel;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic') || changed.has('updates') || changed.has('updatesKey')) {
      this.briefingResult = getBriefing(this.topic ?? defaultTopic);
      const result = this.briefingResult;
      // The same words as the message on screen, which name the known topics.
      if (!result.ok) console.error(`<${this.localName}>: ${strings.unknownTopic(result.topic, result.knownTopics)}`);
      // The built-in content shows until a newer signed file has been verified; then it is
      // replaced in place. Only when the page pinned both the file and its key.
      if (!isServer && result.ok && this.updates && this.updatesKey) {
        signedUpdate(this.updates, this.updatesKey, result.briefing).then((briefing) => {
          if (briefing && this.briefingResult === result) {
            this.briefingResult = { ok: true, briefing };
            this.requestUpdate();
          }
        });
      }
    }
    if (changed.has('headingLevel')) {
      const level = parseHeadingLevel(this.headingLevel);
      if (level === undefined) {
        console.warn(
          `<${this.localName}>: heading-level "${String(this.headingLevel)}" is not 1 to 6; using ${defaultHeadingLevel}.`,
        );
      }
      this.level = level ?? defaultHeadingLevel;
    }
  }

  /**
   * Lit reuses a shadow root that the page already holds (pre-rendered declarative shadow DOM)
   * and would render a second copy after its content. With Lit's hydrate support on the page
   * (`@lit-labs/ssr-client`, which Lit finds through this global) the first render takes that
   * root over; without it (the drop-in bundle) the pre-rendered copy goes, in the same task as
   * the first render, so nothing shows twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.hydrating = this.shadowRoot !== null && 'litElementHydrateSupport' in globalThis;
    if (this.shadowRoot && !this.hydrating) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  /** What the tag shows for a known briefing, its top heading at `level`. */
  protected abstract renderBriefing(briefing: Briefing, level: HeadingLevel): unknown;

  protected override render(): TemplateResult {
    const result = this.briefingResult;
    const briefing = result.ok ? result.briefing : undefined;
    const instant = this.fixedInstant ?? Date.now();
    // `lang` from the words' own language, so that a Welsh page does not read English as Welsh.
    // Past the review date, or a signed file past its `expires`, the tag says when the details
    // were checked and where the latest are (the main drop-in has no signed files: its
    // stand-in `isPastExpiry` is always false).
    return html`<div class="base" part="base" lang=${briefing ? briefing.lang : strings.lang}>
      ${briefing && (isPastReviewDue(briefing, instant) || isPastExpiry(briefing, instant))
        ? html`<p class="message" part="review">${strings.checkedOn(briefing.reviewed, briefing.publisher.website.label)}</p>`
        : nothing}
      ${briefing
        ? [
            this.renderBriefing(briefing, this.level),
            // Every part ends saying whose information it is and when it was checked, as its fallback does.
            html`<p part="provenance">${strings.provenance(briefing.publisher.name, briefing.reviewed)}</p>`,
          ]
        : !result.ok && html`<p class="message" part="message">${strings.unknownTopic(result.topic, result.knownTopics)}</p>`}
    </div>`;
  }
}
