// The site's iframe embed pages (site/embed/*.html), each in <iframe sandbox="allow-scripts">
// as WordPress's oEmbed and SharePoint's Embed web part show them: the information, the route
// that applies first, the height to the parent by WordPress's protocol, links fit for a frame,
// and nothing else (no console noise, no request to another origin).
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import {
  cse as briefing,
  routeAt,
  routesInOrder,
  saferSevenTags,
  sectionById,
  sectionOfTag,
  staticTagHtml,
  type SaferSevenTag,
} from '../../packages/content/src/index.js';
import { openEmbed, settle, telHrefsOf, type EmbedFrame } from './embed-frame.js';

const partOf = (tag: SaferSevenTag) => tag.replace(/^safer-seven-/, '');
/** The valid signed test file's number (test/updates/signed-files.mjs: Ofcom's drama range, never a real line). */
const dramaNumber = { display: '0306 999 0123', dial: '+443069990123' };
/** What the test server adds to a page it probes (test/demo/embed-probe-server.mjs). */
const probeScripts = ['/test/demo/embed-probe.js', '/node_modules/axe-core/axe.min.js'];
const heightsData = await fetch('/demo/embed-heights.json').then((response) => response.json());
const instants: { open: string; closed: string } = heightsData.instants;

/** The digits of a contact's phone number, as its tel: link ends. */
const officeNumberOf = (contactId: string) => briefing.contacts.find((contact) => contact.id === contactId)!.phone!.dial.replace(/\D/g, '').slice(-6);

function expectedTitle(tag: SaferSevenTag): string {
  return tag === 'safer-seven-briefing' ? briefing.title : sectionById(briefing, sectionOfTag[tag]).title;
}

describe('the embed pages, in <iframe sandbox="allow-scripts">', () => {
  let embed: EmbedFrame | undefined;
  afterEach(() => embed?.remove());

  for (const tag of saferSevenTags) {
    const part = partOf(tag);
    describe(`embed/${part}.html`, () => {
      it('shows every number, the route that applies first, links for a frame, axe-clean, at 320 px without overflow', async () => {
        embed = await openEmbed(part, { width: 320, secret: 'abc123', now: instants.closed });
        const report = await embed.report({ axe: true });
        expect(report.lang).to.equal(briefing.lang);
        expect(report.title).to.include(expectedTitle(tag));
        const telHrefs = telHrefsOf(staticTagHtml(briefing, tag));
        const shownTel = report.links.filter((link) => link.href.startsWith('tel:'));
        expect(shownTel.map((link) => link.href)).to.include.members(telHrefs);
        // Where a sandbox stops a tel: link from dialling, the number is there to read and copy.
        for (const link of shownTel) expect(report.text).to.include(link.text);
        if (tag === 'safer-seven-report-it' || tag === 'safer-seven-briefing') {
          const judgement = routeAt(briefing.officeHours, Date.parse(instants.closed));
          if (tag === 'safer-seven-report-it') expect(report.activeRoute).to.equal(judgement.routeId);
          expect(report.routes).to.deep.equal(routesInOrder(briefing.reportingRoutes, judgement).map((route) => route.contactId));
        }
        const external = report.links.filter((link) => /^https?:/.test(link.href));
        if (tag !== 'safer-seven-report-it' && tag !== 'safer-seven-warning-signs') expect(external).to.not.be.empty;
        for (const link of external) {
          expect(link.target, link.href).to.equal('_blank');
          expect(link.rel, link.href).to.equal('noopener noreferrer');
        }
        expect(report.overflow, 'horizontal overflow at 320 px').to.be.at.most(0);
        expect(report.axeViolations).to.deep.equal([]);
        expect(report.problems).to.deep.equal([]);
        expect(report.origin, 'an opaque origin').to.equal('null');
        expect(report.prerendered, 'the panel styled as parsed').to.equal(true);
        // One request: the page itself. Nothing else loads but the test's own probe.
        expect(report.resources.filter((url) => !probeScripts.includes(new URL(url).pathname))).to.deep.equal([]);
      });

      it('posts its height with the secret, again when its width changes, and when WordPress says ready', async () => {
        embed = await openEmbed(part, { width: 320, secret: 'Wp9secret' });
        const report = await embed.report();
        await settle();
        expect(embed.heights.length).to.be.greaterThan(0);
        const first = embed.heights.at(-1)!;
        expect(first).to.deep.equal({ message: 'height', value: report.height, secret: 'Wp9secret' });

        const wider = embed.nextHeight();
        embed.frame.style.width = '768px';
        const afterResize = await wider;
        expect(afterResize.value).to.be.below(first.value);
        expect(afterResize.value).to.equal((await embed.report()).height);

        const again = embed.nextHeight();
        embed.frame.contentWindow!.postMessage({ message: 'ready', secret: 'Wp9secret' }, '*');
        expect((await again).value).to.equal(afterResize.value);
      });
    });
  }

  it('posts nothing without a secret, or with one WordPress would refuse', async () => {
    for (const secret of [undefined, 'not-letters!']) {
      embed = await openEmbed('report-it', { secret });
      await embed.report();
      await settle();
      expect(embed.heights, String(secret)).to.deep.equal([]);
      embed.remove();
    }
  });

  it('puts the route that applies at ?now= first: the office open', async () => {
    embed = await openEmbed('report-it', { now: instants.open });
    const report = await embed.report();
    expect(report.activeRoute).to.equal(routeAt(briefing.officeHours, Date.parse(instants.open)).routeId);
    expect(report.activeRoute).to.equal(briefing.officeHours.openRoute);
  });

  it('moves the route at closing time, but not under a focused number: when focus leaves it', async () => {
    const { openRoute, closedRoute } = briefing.officeHours;
    const officeTel = telHrefsOf(staticTagHtml(briefing, 'safer-seven-report-it')).find((href) => href.endsWith(officeNumberOf(openRoute)))!;
    // A second before closing time, on the day the heights data measures the office open.
    const closing = Date.parse(instants.closed) - 3 * 3_600_000 - 1000;
    expect(routeAt(briefing.officeHours, closing).routeId).to.equal(openRoute);
    expect(routeAt(briefing.officeHours, closing + 1000).routeId).to.equal(closedRoute);
    embed = await openEmbed('report-it', { clock: new Date(closing).toISOString() });
    await embed.focus(officeTel);
    expect((await embed.report()).activeRoute).to.equal(openRoute);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const held = await embed.report();
    expect(held.activeRoute, 'held while the number has focus').to.equal(openRoute);
    expect(held.focused).to.equal(officeTel);
    await embed.focus();
    await settle();
    expect((await embed.report()).activeRoute, 'once focus has left').to.equal(closedRoute);
  });

  it('moves the route at closing time by itself when nothing of the reader\'s is on it', async () => {
    const closing = Date.parse(instants.closed) - 3 * 3_600_000 - 1000;
    embed = await openEmbed('briefing', { clock: new Date(closing).toISOString() });
    expect((await embed.report()).routes[1]).to.equal(briefing.officeHours.openRoute);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await embed.report()).routes[1]).to.equal(briefing.officeHours.closedRoute);
  });

  describe('as the components look, from their one stylesheet', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen', colorScheme: 'light' });
      await executeServerCommand('emulate-forced-colors', { active: false });
    });

    it('prints every route in the leaflet\'s order with its hours, and no "now"', async () => {
      await emulateMedia({ media: 'print' });
      embed = await openEmbed('report-it', { now: instants.closed });
      const { looks, activeRoute } = await embed.report();
      expect(activeRoute).to.equal(briefing.officeHours.closedRoute);
      expect(looks.visualRoutes).to.deep.equal(briefing.reportingRoutes.map((route) => route.contactId));
      expect(looks.status).to.equal('none');
      expect(looks.hours).to.equal('inline');
    });

    it('outlines the route that applies now in forced colours', async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      embed = await openEmbed('report-it', { now: instants.open });
      const { looks } = await embed.report({ axe: true });
      expect(looks.activeOutline).to.equal('solid');
    });

    it('stays a light card in a dark-mode browser, as the components do in a page that declares no colour scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      embed = await openEmbed('contacts');
      const { looks, axeViolations } = await embed.report({ axe: true });
      expect(looks.background).to.equal('rgb(255, 255, 255)');
      expect(looks.color).to.equal('rgb(11, 12, 12)');
      expect(axeViolations).to.deep.equal([]);
    });
  });

  it('with a signed content file pinned: loads the updates drop-in after the first paint, and shows the signed number', async function () {
    this.timeout(20000);
    // Same origin in the sandbox: the drop-in takes a file over https: or from the page's own
    // origin, and this server speaks http (a partner's frame has an opaque origin and https:).
    embed = await openEmbed('report-it', { folder: 'signed-embed', width: 768, sandbox: 'allow-scripts allow-same-origin' });
    let report = await embed.report();
    for (let tries = 0; tries < 50 && !report.links.some((link) => link.href === `tel:${dramaNumber.dial}`); tries += 1) {
      await settle();
      report = await embed.report();
    }
    expect(report.links.map((link) => link.href)).to.include(`tel:${dramaNumber.dial}`);
    expect(report.text).to.include(dramaNumber.display);
    expect(report.problems).to.deep.equal([]);
    // The page, then the drop-in and the file: nothing from another origin.
    for (const url of report.resources) expect(new URL(url).origin, url).to.equal(location.origin);
  });

  it('keeps the heading level of its address', async () => {
    embed = await openEmbed('contacts.h4');
    const report = await embed.report();
    expect(report.problems).to.deep.equal([]);
    expect(report.text).to.include(expectedTitle('safer-seven-contacts'));
  });
});
