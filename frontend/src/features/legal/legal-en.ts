import type { Site } from '../../../../functions/src/domain/site';
import {
  AUDIT_DATE,
  AUDITED_CRITERIA,
  AUDITED_PAGES,
  conformityRate,
  KEYBOARD_PAGES,
  NON_CONFORMITIES,
  RGAA_CRITERIA,
} from './accessibility-audit';
import type { LegalContent } from './legal';

const mail = (address: string) => ({ label: address, href: `mailto:${address}` });
const pageName = (path: string) => AUDITED_PAGES.find((p) => p.path === path)?.en ?? path;

/** English translation of the regulatory pages, offered for convenience; the French text prevails. */
export function legalEn(site: Site): LegalContent {
  const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(AUDIT_DATE));
  const checked = AUDITED_CRITERIA.length;
  return {
    accessibility: {
      title: 'Accessibility statement',
      intro: `The ${site.authority.name} is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. This accessibility statement applies to the ${site.portalName} online service.`,
      sections: [
        {
          heading: 'Compliance status',
          blocks: [`${site.portalName} is partially compliant with the French accessibility framework (RGAA), version 4.1.`],
        },
        {
          heading: 'Test results',
          blocks: [
            `The audit of ${date} checked ${checked} of the ${RGAA_CRITERIA} RGAA 4.1 criteria, on the ${AUDITED_PAGES.length} pages of the sample: ${conformityRate()}% of the criteria checked are met.`,
            `The other ${RGAA_CRITERIA - checked} criteria were not audited; in particular, nobody has yet judged whether text alternatives, headings, link and button names are relevant, whether the tab order is coherent, or how the service works with screen readers. A full audit remains to be done.`,
            'Criteria checked:',
            { items: AUDITED_CRITERIA.map((c) => `${c.id} ${c.title.en}${c.scope ? ` (${c.scope.en})` : ''}`) },
          ],
        },
        {
          heading: 'Non-accessible content',
          blocks: [
            ...(NON_CONFORMITIES.length === 0
              ? ['Non-conformities: the audit found none on the criteria it checked.']
              : [
                  'Non-conformities the audit found:',
                  { items: NON_CONFORMITIES.map((n) => `${n.criterion}, ${pageName(n.path)}: ${n.en}`) },
                ]),
            'Exemptions for disproportionate burden: none.',
            'Content outside the scope of the obligation: the supporting documents uploaded by applicants, which are third-party documents.',
          ],
        },
        {
          heading: 'Preparation of this statement',
          blocks: [
            `This statement was prepared on ${date}.`,
            {
              items: [
                'Technologies used: HTML5, CSS, JavaScript.',
                `Method: an automated test, run again with every change to the service, drives the Chromium browser; it runs the axe-core checker on every page, checks the display at 320 pixels wide and at 200% zoom, and goes through the “${KEYBOARD_PAGES.map(pageName).join('” and “')}” pages with the keyboard.`,
                `Pages of the sample: ${AUDITED_PAGES.map((p) => p.en).join(', ')}.`,
              ],
            },
          ],
        },
        {
          heading: 'Feedback and contact',
          blocks: [
            {
              text: 'If you cannot access some content or a service, contact us to be directed to an accessible alternative or to get the content in another form:',
              link: mail(site.contacts.accessibility),
            },
            `By post: ${site.postalAddress.join(', ')}.`,
          ],
        },
        {
          heading: 'Remedies',
          blocks: [
            'If you reported an accessibility problem that prevents you from accessing content or a service and did not receive a satisfactory answer, you can refer the matter to the Défenseur des droits (French rights ombudsman):',
            {
              items: [
                'through the Défenseur des droits online form;',
                'by contacting a delegate of the Défenseur des droits in your region;',
                'by post, free of charge: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.',
              ],
            },
            {
              text: 'Online form:',
              link: { label: 'formulaire.defenseurdesdroits.fr', href: 'https://formulaire.defenseurdesdroits.fr/' },
            },
          ],
        },
      ],
    },
    legalNotice: {
      title: 'Legal notice',
      intro: `${site.portalName} is the online service for grant applications to the ${site.unit.en} of the ${site.authority.name}.`,
      sections: [
        {
          heading: 'Publisher',
          blocks: [
            `${site.authority.name} (publisher), ${site.legal.publisherDepartment.en}.`,
            site.postalAddress.join(', '),
            { text: 'Contact:', link: mail(site.contacts.unit) },
          ],
        },
        {
          heading: 'Director of publication',
          blocks: [site.legal.publicationDirector.en],
        },
        {
          heading: 'Hosting',
          blocks: [site.legal.host, site.legal.hostingRegion.en],
        },
        {
          heading: 'Free software',
          blocks: ['Guichet is free software, released under the AGPL-3.0-or-later licence: any public body may reuse and adapt it.'],
        },
        {
          heading: 'Cookies',
          blocks: [
            'This service sets only a session cookie, strictly necessary for signing in. It uses no audience measurement and no advertising, so no consent is requested.',
          ],
        },
      ],
    },
    personalData: {
      title: 'Personal data',
      intro: `The ${site.authority.name} processes the data you enter in ${site.portalName} to assess your grant application. This page explains which data, why, for how long and how to exercise your rights.`,
      sections: [
        {
          heading: 'Controller and purpose',
          blocks: [
            `The controller is the ${site.authority.name}. The purpose is the assessment of grant applications: checking eligibility, filing and following the application, review, decision and payment of the grant.`,
          ],
        },
        {
          heading: 'Legal basis',
          blocks: [
            `Processing is necessary for the performance of a task carried out in the public interest vested in the ${site.authority.name} (GDPR article 6(1)(e)): supporting the economic development of its area.`,
          ],
        },
        {
          heading: 'Data processed',
          blocks: [
            `${site.portalName} stores the following data, and only this data.`,
            'Your account:',
            {
              items: [
                'your email address, used to sign you in and to write to you;',
                'the interface language, in which we write to you;',
                'the date the account was created;',
                'for the service’s staff only: the display name and the role (reviewer or manager).',
              ],
            },
            'Your sign-ins:',
            {
              items: [
                'for each session: when it was created and last used. The session cookie holds only a random identifier; a session ends after 1 hour without activity, and 8 hours after signing in at most;',
                'security logs: each failed sign-in is recorded with a fingerprint of the email address computed with a secret key (never the address in clear) and the IP address; access logs are kept for 1 month.',
              ],
            },
            'For each application:',
            {
              items: [
                'the organisation: name, legal form, SIRET number, creation date, address, website;',
                'the contact person: name, role, email address, phone number;',
                'the project: title, summary, ESS dimension, beneficiaries, stage, commune, start date, jobs;',
                'the budget and the financing plan;',
                'the answers to the call for projects’ own questions;',
                'the sworn statement: the signatory’s name and role;',
                'the supporting documents: file name, type, size, SHA-256 fingerprint, antivirus verdict, and the file itself;',
                'the messages exchanged with the service;',
                'the file’s history: who did what, and when;',
                'the reviews and the decision.',
              ],
            },
            'For reviewers:',
            { items: ['their conflict-of-interest declarations and their reviews.'] },
          ],
        },
        {
          heading: 'Recipients',
          blocks: [
            `Only authorised staff of the ${site.unit.en}, the members of the award committee assigned to your application and the hosting provider, acting as processor, can access your data. It is never sold or transferred.`,
          ],
        },
        {
          heading: 'Retention',
          blocks: [
            'A daily process applies these periods:',
            {
              retention: {
                items: [
                  'drafts: erased, with their documents, after {idleDraftMonths} months without any change; an email warns you {draftWarningDays} days before;',
                  'withdrawn or rejected applications, and their documents: erased {closedApplicationYears} years after the withdrawal or the decision;',
                  'approved applications: kept {approvedApplicationYears} years after the decision, for accounting and financial audits.',
                ],
                loading: 'Loading the retention periods…',
                unavailable:
                  'The retention periods could not be loaded. Try again, or ask the data protection officer for them (address below).',
                retry: 'Try again',
              },
            },
            {
              text: 'Your account is kept until you delete it, from the page',
              link: { label: 'My\u00a0account', href: '/compte' },
            },
          ],
        },
        {
          heading: 'Your rights',
          blocks: [
            {
              items: [
                {
                  text: 'Right of access and to data portability: download all the data about you in one file, with the “Download my data” button on the page',
                  link: { label: 'My\u00a0account', href: '/compte' },
                },
                {
                  text: 'Right to erasure: delete your account with the “Delete my account” button on the page',
                  link: { label: 'My\u00a0account', href: '/compte' },
                },
              ],
            },
            'You also have the right to rectify your data, to restrict its processing and to object to it. To exercise these rights, or with any question, write to the data protection officer:',
            { text: 'Address:', link: mail(site.contacts.dpo) },
            {
              text: 'If, after contacting us, you consider that your rights are not respected, you can lodge a complaint with the CNIL (French data protection authority):',
              link: { label: 'www.cnil.fr', href: 'https://www.cnil.fr/' },
            },
          ],
        },
      ],
    },
  };
}
