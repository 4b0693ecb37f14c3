import type { LegalContent } from './legal';

/** English translation of the regulatory pages, offered for convenience; the French text prevails. */
export const legalEn: LegalContent = {
  accessibility: {
    title: 'Accessibility statement',
    intro:
      "The Communauté d'agglomération is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. This statement applies to the Guichet ESS online service.",
    sections: [
      {
        heading: 'Compliance status',
        blocks: [
          'Guichet ESS is not compliant with the French accessibility framework (RGAA 4.1). The service has not yet been fully audited: an audit is under way.',
          'The service is designed to meet WCAG 2.1 level AA: keyboard navigation, heading structure, contrast, form labels and text alternatives.',
        ],
      },
      {
        heading: 'Non-accessible content',
        blocks: [
          'The detailed audit results, and the list of non-accessible content, will be published on this page as soon as the audit is complete.',
        ],
      },
      {
        heading: 'Preparation of this statement',
        blocks: [
          'This statement was prepared in November 2026.',
          {
            items: [
              'Technologies used: HTML5, CSS, JavaScript.',
              'Tested with Chromium, the keyboard alone and the axe-core automated checker.',
            ],
          },
        ],
      },
      {
        heading: 'Feedback and contact',
        blocks: [
          {
            text: 'If you cannot access some content or a service, contact us to be directed to an accessible alternative or to get the content in another form:',
            link: { label: 'accessibilite@example.org', href: 'mailto:accessibilite@example.org' },
          },
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
    intro:
      "Guichet ESS is the online service for grant applications to the social and solidarity economy unit of the Communauté d'agglomération.",
    sections: [
      {
        heading: 'Publisher',
        blocks: [
          "Communauté d'agglomération (publisher), economic development department, social and solidarity economy unit.",
          { text: 'Contact:', link: { label: 'ess@example.org', href: 'mailto:ess@example.org' } },
        ],
      },
      {
        heading: 'Director of publication',
        blocks: ["The president of the Communauté d'agglomération."],
      },
      {
        heading: 'Hosting',
        blocks: [
          'Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg.',
          'Data is hosted in the Amazon Web Services Europe (Paris) region.',
        ],
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
    intro:
      "The Communauté d'agglomération processes the data you enter in Guichet ESS to assess your grant application. This page explains which data, why, for how long and how to exercise your rights.",
    sections: [
      {
        heading: 'Controller and purpose',
        blocks: [
          "The controller is the Communauté d'agglomération. The purpose is the assessment of grant applications: checking eligibility, filing and following the application, review, decision and payment of the grant.",
        ],
      },
      {
        heading: 'Legal basis',
        blocks: [
          "Processing is necessary for the performance of a task carried out in the public interest vested in the Communauté d'agglomération (GDPR article 6(1)(e)): supporting the economic development of its area.",
        ],
      },
      {
        heading: 'Data processed',
        blocks: [
          'Guichet ESS stores the following data, and only this data.',
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
          'Only authorised staff of the social and solidarity economy unit, the members of the award committee assigned to your application and the hosting provider, acting as processor, can access your data. It is never sold or transferred.',
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
          { text: 'Address:', link: { label: 'dpo@example.org', href: 'mailto:dpo@example.org' } },
          {
            text: 'If, after contacting us, you consider that your rights are not respected, you can lodge a complaint with the CNIL (French data protection authority):',
            link: { label: 'www.cnil.fr', href: 'https://www.cnil.fr/' },
          },
        ],
      },
    ],
  },
};
