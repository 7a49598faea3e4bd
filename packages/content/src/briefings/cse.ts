import { englandAndWalesBankHolidays } from '../bank-holidays.js';
import type { Briefing } from '../types.js';

/**
 * Safer Seven on: Child Sexual Exploitation (CSE), written from the leaflet
 * (`packages/content/source/safer-seven-cse-leaflet.txt`). Every sentence of the leaflet is
 * here, in its numbered order; each section cites the point it comes from. Corrections keep
 * the meaning: "STI's" is "STIs", "/ wearing" is "/wearing", and the leaflet's "9:00 5:00 Mon-Fri" is written out as
 * the contract's office hours. Nothing is added but the three resource addresses that are
 * certain; "See Me Hear Me" stays a name without a link, as its address is not confirmed.
 */
export const cse: Briefing = {
  topic: 'cse',
  lang: 'en-GB',
  series: 'Safer Seven',
  title: 'Child Sexual Exploitation (CSE)',
  shortTitle: 'CSE',
  publisher: {
    name: 'Dudley Safeguarding People Partnership',
    shortName: 'DSPP',
    website: { label: 'dudleysafeguarding.org.uk', href: 'https://dudleysafeguarding.org.uk' },
    social: { network: 'Twitter', handle: '@DudleyDSPP', hashtag: '#DSPP' },
  },
  source: {
    title: 'Safer Seven On: Child Sexual Exploitation (CSE)',
    publisher: 'Dudley Safeguarding People Partnership',
    file: 'packages/content/source/safer-seven-cse-leaflet.txt',
  },
  // The data's own version, per topic: see packages/content/CHANGELOG.md for why it is not
  // the package's. A change to any fact raises it, and a signed update must be newer.
  version: '1.0.0',
  reviewed: '2026-11-29',
  // The default, reviewed + 12 months (a test checks it): the partnership reviews yearly.
  reviewDue: '2027-11-29',

  sections: [
    {
      // Point 1.
      number: 1,
      id: 'what-it-is',
      title: 'Child Sexual Exploitation',
      body: [
        {
          kind: 'paragraph',
          text: 'Child sexual exploitation (CSE) is a form of child sexual abuse. It involves perpetrators grooming their victims in various ways, such as in person, via mobiles or online to gain their trust before emotionally and sexually abusing them.',
        },
        {
          kind: 'paragraph',
          text: 'The victim may have been sexually exploited even if the sexual activity appears consensual.',
        },
        { kind: 'paragraph', text: 'Child sexual exploitation does not always involve physical contact.' },
      ],
    },
    {
      // Point 2.
      number: 2,
      id: 'why-it-matters',
      title: 'Why it matters',
      body: [
        {
          kind: 'paragraph',
          text: 'Children and young people may not recognise they are a victim of CSE therefore it is the responsibility of professionals and parents to report concerns.',
        },
        {
          kind: 'paragraph',
          text: 'CSE is a form of abuse and is a crime with devastating and long lasting consequences for victims and their families.',
        },
        {
          kind: 'paragraph',
          text: 'The hidden nature of CSE and the complexities involved means professional curiosity, and always being alert to the issue, is vital.',
        },
      ],
    },
    {
      // Point 3.
      number: 3,
      id: 'information',
      title: 'Information',
      body: [
        {
          kind: 'list',
          items: [
            'CSE is a hidden crime that can affect any child, any time regardless of their social or ethnic background.',
            'The grooming process can happen in a number of minutes, over a couple of months or years.',
            'Agencies are becoming more aware of the risk of CSE to children/young people in Dudley, it is our job to safeguard those identified as being at risk.',
          ],
        },
      ],
    },
    {
      // Point 4.
      number: 4,
      id: 'definition',
      title: 'Current definition',
      body: [
        {
          kind: 'list',
          items: [
            'CSE can take place in many forms: a seemingly consensual relationship, a young person forced into sex for payment/gifts',
            "It can occur through non-contact activity, through use of technology, without the child's consent or them recognising it's happening",
            'It is often carried out with actual violence, or the threat of violence, which may prevent the child from telling people about the abuse',
            'It is not solely perpetrated by adult males. Women can also commit acts of CSE, as can other children',
          ],
        },
      ],
    },
    {
      // Point 5.
      number: 5,
      id: 'warning-signs',
      title: 'Spot the warning signs',
      body: [
        {
          kind: 'warning-signs',
          intro: 'Any combination of the following could be signs of CSE (not an exhaustive list):',
        },
      ],
    },
    {
      // Point 6.
      number: 6,
      id: 'where-to-get-help',
      title: 'Where to get help?',
      body: [
        { kind: 'paragraph', text: 'Discuss concerns initially with your line manager or safeguarding lead.' },
        { kind: 'contact', contactId: 'cse-team', lead: "You can contact Dudley's CSE Team on" },
        { kind: 'resources', intro: 'More information is available at the following:' },
        // The leaflet prints the website and Twitter account at the foot of the page; the
        // contract places them with point 6, where a reader looks for help.
        { kind: 'publisher-links' },
      ],
    },
    {
      // Point 7.
      number: 7,
      id: 'report-it',
      title: 'Report It',
      body: [
        { kind: 'reporting-routes', intro: 'If you are concerned about a child or young person please call:' },
      ],
    },
  ],

  // Point 5, in the leaflet's order.
  warningSigns: [
    'Missing overnight, throughout the day',
    'Truanting from school or drop in school performance',
    'Becoming more secretive',
    'Mood swings being more aggressive',
    'Unexplained amounts of money, clothes, jewellery',
    'Relationship with a controlling adult/older partner',
    'Entering/leaving vehicles driven by unknown adults',
    'Multiple mobile phones/sim cards',
    'Repeat pregnancies/emergency contraception/STIs',
    "Change in appearance/to look older than they are/wearing clothes they wouldn't normally wear",
  ],

  // Points 6 and 7.
  contacts: [
    {
      id: 'childrens-services',
      name: "Children's services",
      purpose: 'If you are concerned about a child or young person',
      phone: { display: '0300 555 0050', dial: '+443005550050', menuOption: 4 },
      hoursText: 'Monday to Friday, 9am to 5pm',
    },
    {
      id: 'emergency-duty-team',
      name: 'Emergency Duty Team',
      purpose: 'Out of office hours',
      phone: { display: '0300 555 8574', dial: '+443005558574' },
    },
    {
      id: 'police-non-emergency',
      name: 'Police',
      purpose: 'To report a crime or suspicious activity',
      phone: { display: '101', dial: '101' },
    },
    {
      id: 'police-emergency',
      name: 'Police',
      purpose: 'In an emergency',
      phone: { display: '999', dial: '999' },
    },
    {
      id: 'cse-team',
      name: "Dudley's CSE Team",
      purpose: 'Where to get help',
      phone: { display: '01384 817777', dial: '+441384817777' },
      email: 'CSE.Team@dudley.gov.uk',
    },
  ],

  // Point 7, most urgent first: 999 is always first, 101 always last.
  reportingRoutes: [
    { contactId: 'police-emergency', urgency: 'emergency', before: 'In an emergency call' },
    { contactId: 'childrens-services', urgency: 'office-hours', before: "Children's services on" },
    {
      contactId: 'emergency-duty-team',
      urgency: 'out-of-hours',
      before: 'Out of office hours contact the Emergency Duty Team on',
    },
    {
      contactId: 'police-non-emergency',
      urgency: 'non-emergency-police',
      before: 'Contact the police on',
      after: 'to report a crime or suspicious activity',
    },
  ],

  // Point 7: "(9:00 5:00 Mon-Fri)", and out of office hours the Emergency Duty Team.
  officeHours: {
    timeZone: 'Europe/London',
    weekdays: [1, 2, 3, 4, 5],
    opens: '09:00',
    closes: '17:00',
    openRoute: 'childrens-services',
    closedRoute: 'emergency-duty-team',
    closedDays: englandAndWalesBankHolidays,
  },

  // Point 6.
  resources: [
    { id: 'see-me-hear-me', name: 'See Me Hear Me' },
    {
      id: 'ceop',
      name: 'Child Exploitation and Online Protection (CEOP)',
      href: 'https://www.ceop.police.uk/ceop-reporting/',
    },
    { id: 'pace', name: 'PACE Parents Against Child Sexual Exploitation', href: 'https://paceuk.info' },
    {
      id: 'ceop-education',
      name: 'CEOP Education videos and awareness resources',
      href: 'https://www.ceopeducation.co.uk',
    },
  ],
};
