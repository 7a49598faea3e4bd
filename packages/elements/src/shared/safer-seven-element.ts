import {
  defaultHeadingLevel,
  defaultTopic,
  enGB as strings,
  getBriefing,
  parseHeadingLevel,
  type Briefing,
  type BriefingResult,
  type HeadingLevel,
} from '@safer-seven/content';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { version } from '../version.js';
import { styles } from './styles.js';

/**
 * What every Safer Seven tag shares: the `topic` and `heading-level` attributes of the
 * contract, the visible message for an unknown topic, and the one stylesheet.
 *
 * @csspart base - The wrapper around everything the tag shows.
 * @csspart heading - Each heading.
 * @csspart message - The message shown for an unknown topic.
 */
export abstract class SaferSevenElement extends LitElement {
  /** The version of `@safer-seven/elements` that defined this class. */
  static readonly version: string = version;

  static override styles = styles;

  static override properties = {
    topic: { reflect: false },
    headingLevel: { attribute: 'heading-level' },
  };

  /** Which briefing of the series to show. */
  declare topic: string;

  /** The level of the tag's own top heading, 1 to 6; inner headings follow one level below. */
  declare headingLevel: string | number;

  /** The briefing for `topic`, or why there is none. */
  protected briefingResult: BriefingResult = getBriefing(defaultTopic);

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
    if (changed.has('topic')) {
      this.briefingResult = getBriefing(this.topic ?? defaultTopic);
      const result = this.briefingResult;
      // The same words as the message on screen, which name the known topics.
      if (!result.ok) console.error(`<${this.localName}>: ${strings.unknownTopic(result.topic, result.knownTopics)}`);
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
    if (this.shadowRoot && !(this.hydrating = 'litElementHydrateSupport' in globalThis)) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  /** What the tag shows for a known briefing, its top heading at `level`. */
  protected abstract renderBriefing(briefing: Briefing, level: HeadingLevel): unknown;

  protected override render(): TemplateResult {
    const result = this.briefingResult;
    return html`<div class="base" part="base">
      ${result.ok
        ? this.renderBriefing(result.briefing, this.level)
        : html`<p class="message" part="message">${strings.unknownTopic(result.topic, result.knownTopics)}</p>`}
    </div>`;
  }
}
