/**
 * Shape of the regulatory pages (accessibility statement, legal notice, personal
 * data). Their text is long and changes with the authority's decisions, so it lives
 * here as data rather than in route files or the interface dictionaries.
 */
import type { Locale } from '../../i18n';
import { legalEn } from './legal-en';
import { legalFr } from './legal-fr';

/** The three pages French public websites must link from every page. */
export const LEGAL_PAGE_IDS = ['accessibility', 'legalNotice', 'personalData'] as const;
export type LegalPageId = (typeof LEGAL_PAGE_IDS)[number];

/** A paragraph, a paragraph ending with a link (email or web), or a bulleted list. */
export type LegalBlock =
  | string
  | { readonly text: string; readonly link: { readonly label: string; readonly href: string } }
  | { readonly items: readonly string[] };

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

/** The page text in the reader's language. */
export function legalPage(id: LegalPageId, locale: Locale): LegalPage {
  return (locale === 'fr' ? legalFr : legalEn)[id];
}
