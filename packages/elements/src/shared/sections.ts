import {
  contactById,
  enGB as strings,
  routesInOrder,
  telHref,
  type Block,
  type Briefing,
  type Contact,
  type ReportingRoute,
  type RouteJudgement,
  type Section,
} from '@safer-seven/content';
import { html, nothing, type TemplateResult } from 'lit';
import { heading, type HeadingLevel } from './heading.js';

/**
 * The one rendering of each point of a briefing. A single-point tag and the whole briefing
 * both call `renderSection`, so a point never looks or reads two ways.
 */
export interface SectionContext {
  readonly briefing: Briefing;
  /** The level of the section's own heading. */
  readonly level: HeadingLevel;
  /** Which office-hours route applies, for the report-it point. */
  readonly judgement?: RouteJudgement;
}

/** A phone number as a `tel:` link whose accessible name says whom it calls. */
function phoneLink(contact: Contact): TemplateResult | typeof nothing {
  const phone = contact.phone;
  if (!phone) return nothing;
  return html`<a class="tel" part="tel" href=${telHref(phone.dial)} aria-label=${strings.callLabel(contact, phone.display)}
    >${phone.display}</a
  >`;
}

function emailLink(contact: Contact): TemplateResult | typeof nothing {
  if (!contact.email) return nothing;
  return html`<a part="email" href=${`mailto:${contact.email}`} aria-label=${strings.emailLabel(contact, contact.email)}
    >${contact.email}</a
  >`;
}

function externalLink(href: string, label: string): TemplateResult {
  return html`<a part="link" href=${href} rel="noopener noreferrer">${label}</a>`;
}

/** Point 7's status line: what applies now, in words. */
function routeStatus(route: ReportingRoute, context: SectionContext): TemplateResult | typeof nothing {
  const judgement = context.judgement;
  if (!judgement || (route.urgency !== 'office-hours' && route.urgency !== 'out-of-hours')) return nothing;
  const office = contactById(context.briefing, context.briefing.officeHours.openRoute);
  const hoursText = office.hoursText ?? '';
  const applies = route.contactId === judgement.routeId;
  let words: string;
  if (route.urgency === 'office-hours') {
    words = judgement.open ? strings.openNow(hoursText) : strings.closedNow(hoursText);
  } else if (applies) {
    words = strings.closedBecause(office.name, judgement.reason, judgement.holiday);
  } else {
    return nothing;
  }
  // The separator is text, not CSS: screen readers and copy-paste get "Call now: …", not "Call now…".
  // An expression, as a template's trailing space would be minified away.
  return html`<p class="status" part="status">
    ${applies ? html`<span class="badge" part="badge">${strings.callNow}</span>${': '}` : nothing}${words}
  </p>`;
}

function renderRoute(route: ReportingRoute, context: SectionContext): TemplateResult {
  const contact = contactById(context.briefing, route.contactId);
  const applies = context.judgement?.routeId === route.contactId;
  const option = contact.phone?.menuOption;
  const hours = contact.hoursText;
  const classes = `route ${route.urgency}${applies ? ' active' : ''}`;
  return html`<li class=${classes} part=${`route route-${route.contactId}${applies ? ' route-active' : ''}`}>
    ${routeStatus(route, context)}
    <p>
      ${route.before} ${phoneLink(contact)}${option ? html`, ${strings.menuOption(option)}` : nothing}${
        // Paper has no "now": print shows the hours here, as the static HTML does, in place of the status line.
        hours ? html`<span class="hours">${` (${hours})`}</span>` : nothing
      }${route.after ? ` ${route.after}` : nothing}
    </p>
  </li>`;
}

function renderBlock(block: Block, context: SectionContext): TemplateResult | typeof nothing {
  const briefing = context.briefing;
  switch (block.kind) {
    case 'paragraph':
      return html`<p>${block.text}</p>`;
    case 'list':
      return html`${block.intro ? html`<p>${block.intro}</p>` : nothing}
        <ul part="list">
          ${block.items.map((item) => html`<li>${item}</li>`)}
        </ul>`;
    case 'warning-signs':
      return html`<p>${block.intro}</p>
        <ul part="list signs">
          ${briefing.warningSigns.map((sign) => html`<li>${sign}</li>`)}
        </ul>`;
    case 'contact': {
      const contact = contactById(briefing, block.contactId);
      return html`<p>
        ${block.lead} ${phoneLink(contact)}${contact.email
          ? // A template's leading space would be minified away: keep it as text.
            [` ${strings.or} `, emailLink(contact)]
          : nothing}
      </p>`;
    }
    case 'resources':
      return html`<p>${block.intro}</p>
        <ul part="list resources">
          ${briefing.resources.map(
            (resource) => html`<li>${resource.href ? externalLink(resource.href, resource.name) : resource.name}</li>`,
          )}
        </ul>`;
    case 'publisher-links': {
      const publisher = briefing.publisher;
      return html`<p>
        ${strings.website}: ${externalLink(publisher.website.href, publisher.website.label)}<br />
        ${strings.social(publisher.social.network)}: ${publisher.social.handle} ${publisher.social.hashtag}
      </p>`;
    }
    case 'reporting-routes':
      return html`<p>${block.intro}</p>
        <ol class="routes" part="routes" role="list">
          ${routesInOrder(briefing.reportingRoutes, context.judgement ?? { routeId: briefing.officeHours.openRoute }).map(
            (route) => renderRoute(route, context),
          )}
        </ol>`;
  }
}

/** One numbered point: its heading at `context.level`, then its body. */
export function renderSection(section: Section, context: SectionContext): TemplateResult {
  return html`<section part=${`section section-${section.id}`}>
    ${heading(context.level, html`<span class="number" part="number">${section.number}</span> ${section.title}`)}
    ${section.body.map((block) => renderBlock(block, context))}
  </section>`;
}
