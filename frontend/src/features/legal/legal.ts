/**
 * Shape of the regulatory pages (accessibility statement, legal notice, personal
 * data). Their text is long and changes with the authority's decisions, so it lives
 * here as data rather than in route files or the interface dictionaries; the
 * authority's names, contacts and legal lines come from the site configuration.
 */
import type { Site } from '../../../../functions/src/domain/site';
import type { Locale } from '../../i18n';
import { legalEn } from './legal-en';
import { legalFr } from './legal-fr';

/** The three pages French public websites must link from every page. */
export const LEGAL_PAGE_IDS = ['accessibility', 'legalNotice', 'personalData'] as const;
export type LegalPageId = (typeof LEGAL_PAGE_IDS)[number];

/** Text ending with a link: an email address, a website, or a page of the service (`/compte`). */
export type LinkedText = { readonly text: string; readonly link: { readonly label: string; readonly href: string } };

/** A line of a bulleted list: text, or text ending with a link. */
export type LegalItem = string | LinkedText;

/**
 * The retention periods, read from GET /api/privacy (the values the daily job
 * enforces), so the page never states a period the service does not apply. Each
 * item names them as `{idleDraftMonths}`, `{draftWarningDays}`,
 * `{closedApplicationYears}` and `{approvedApplicationYears}`; while they load, or
 * if they cannot be read, a sentence stands in their place (never a number).
 */
export type RetentionBlock = {
  readonly retention: {
    readonly items: readonly string[];
    readonly loading: string;
    readonly unavailable: string;
    readonly retry: string;
  };
};

/** A paragraph, a paragraph ending with a link, a bulleted list, or the retention periods. */
export type LegalBlock = string | LinkedText | { readonly items: readonly LegalItem[] } | RetentionBlock;

/** A headed part of a page. */
export interface LegalSection {
  readonly heading: string;
  readonly blocks: readonly LegalBlock[];
}

/** One page: title, opening paragraph, then sections. */
export interface LegalPage {
  readonly title: string;
  readonly intro: string;
  readonly sections: readonly LegalSection[];
}

/** All three pages in one language; both languages must provide every page. */
export type LegalContent = Readonly<Record<LegalPageId, LegalPage>>;

/** The page text in the reader's language, for the site configuration in force. */
export function legalPage(id: LegalPageId, locale: Locale, site: Site): LegalPage {
  return (locale === 'fr' ? legalFr : legalEn)(site)[id];
}
