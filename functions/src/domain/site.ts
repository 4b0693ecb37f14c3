/**
 * The portal's identity: which authority runs it, its unit, logo, colours, contact
 * addresses and the variables of the legal texts. One configuration (SITE_CONFIG,
 * read by config.ts at cold start, this module's default otherwise) feeds the API's
 * emails and, through GET /api/site, the SPA's header, footer, page titles and
 * regulatory pages, so the names agree everywhere. Pure module, shared by both.
 */
import { z } from 'zod';

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Normal text needs 4.5:1 (WCAG 1.4.3, RGAA 3.2). */
export const TEXT_CONTRAST = 4.5;
const WHITE = '#ffffff';
/** The body text colour of the kit (tokens.css `--color-text`), which must stay readable on the tint. */
const BODY_TEXT = '#3a3a3a';

const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb')
  .transform((c) => c.toLowerCase());

/** A colour that carries white text and is used as text on white: at least 4.5:1 against white. */
const strongColour = hexColour.refine((c) => contrastRatio(c, WHITE) >= TEXT_CONTRAST, {
  message: `contrast with white must be at least ${TEXT_CONTRAST}:1`,
});

const text = z.string().trim().min(1).max(300);
const bilingual = z.object({ fr: text, en: text });
const email = z.email().max(254);

/** French articles, so sentences read "la Communauté urbaine…", "du Département…", "de l'Eurométropole…". */
const ARTICLES = ['la', 'le', "l'", 'les'] as const;

export const siteSchema = z
  .object({
    /** The service's own name, in the header and every page title. */
    portalName: z.string().trim().min(1).max(60),
    authority: z.object({
      /** Without article: "Communauté urbaine d'Arras". */
      name: z.string().trim().min(1).max(120),
      /** What fits a page title or a phone header: "CU d'Arras". */
      shortName: z.string().trim().min(1).max(40),
      /** The French article before the name. */
      article: z.enum(ARTICLES),
    }),
    /** The unit that runs the grants: "unité Économie sociale et solidaire". */
    unit: bilingual,
    /**
     * The logo: the path of an SVG the site serves, or an SVG given inline (shown
     * through an image, so it can never run a script). Null: the name alone.
     */
    logo: z
      .union([
        z.object({ path: z.string().regex(/^\/[A-Za-z0-9_\-/.]+\.svg$/, 'a path on this site ending in .svg') }),
        z.object({
          svg: z
            .string()
            .max(3000)
            .regex(/^\s*<svg[\s>][\s\S]*<\/svg>\s*$/, 'an inline <svg>…</svg>'),
        }),
      ])
      .nullable(),
    colors: z
      .object({
        /** Buttons, links, borders that mark the active element: 4.5:1 with white. */
        primary: strongColour,
        /** The hovered button (white text on it): 4.5:1 with white. */
        primaryHover: strongColour,
        /** Light background of selected and highlighted areas: primary and body text stay readable on it. */
        primaryTint: hexColour,
      })
      .refine((c) => contrastRatio(c.primary, c.primaryTint) >= TEXT_CONTRAST, {
        path: ['primaryTint'],
        message: `the primary colour on the tint must reach ${TEXT_CONTRAST}:1`,
      })
      .refine((c) => contrastRatio(BODY_TEXT, c.primaryTint) >= TEXT_CONTRAST, {
        path: ['primaryTint'],
        message: `body text (${BODY_TEXT}) on the tint must reach ${TEXT_CONTRAST}:1`,
      }),
    contacts: z.object({
      /** The grants unit: questions about a programme or an application. */
      unit: email,
      /** The data protection officer. */
      dpo: email,
      /** Accessibility feedback (the RGAA statement's contact). */
      accessibility: email,
    }),
    /** Postal address, one line per element. */
    postalAddress: z.array(z.string().trim().min(1).max(120)).min(1).max(6),
    legal: z.object({
      /** Publisher line of the legal notice: the department and unit. */
      publisherDepartment: bilingual,
      /** Who directs the publication (a function, not a person's name). */
      publicationDirector: bilingual,
      /** The host, with its address. */
      host: text,
      /** Where the data is hosted. */
      hostingRegion: bilingual,
    }),
  })
  .strict();

export type Site = z.infer<typeof siteSchema>;
export type SiteInput = z.input<typeof siteSchema>;

/**
 * The seeded local value: a coherent, fictional configuration for the Communauté
 * urbaine d'Arras, the territory of the demo programmes, with demo addresses.
 */
export const DEFAULT_SITE: Site = {
  portalName: 'Guichet ESS',
  authority: { name: "Communauté urbaine d'Arras", shortName: "CU d'Arras", article: 'la' },
  unit: { fr: 'unité Économie sociale et solidaire', en: 'social and solidarity economy unit' },
  logo: {
    svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5c55"/><path d="M22.5 11.2A8 8 0 1 0 24 17h-7.5" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  },
  colors: { primary: '#0b5c55', primaryHover: '#084540', primaryTint: '#eaf4f2' },
  contacts: {
    unit: 'ess@demo.example.org',
    dpo: 'dpo@demo.example.org',
    accessibility: 'accessibilite@demo.example.org',
  },
  // A demonstration address: a deployment states its own in SITE_CONFIG.
  postalAddress: ["Communauté urbaine d'Arras", 'Unité Économie sociale et solidaire', '10 rue de la Démonstration', '62000 Arras'],
  legal: {
    publisherDepartment: {
      fr: 'direction du développement économique, unité Économie sociale et solidaire',
      en: 'economic development department, social and solidarity economy unit',
    },
    publicationDirector: {
      fr: "Le président ou la présidente de la Communauté urbaine d'Arras.",
      en: "The president of the Communauté urbaine d'Arras.",
    },
    host: 'Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg.',
    hostingRegion: {
      fr: "Les données sont hébergées dans la région Europe (Paris) d'Amazon Web Services.",
      en: 'The data is hosted in the Europe (Paris) region of Amazon Web Services.',
    },
  },
};

/** "la Communauté urbaine d'Arras", "le Département…", "l'Eurométropole…". */
export function theAuthority(site: Site): string {
  const { article, name } = site.authority;
  return article === "l'" ? `l'${name}` : `${article} ${name}`;
}

/** "La Communauté urbaine d'Arras", at the start of a sentence. */
export function theAuthorityCapitalised(site: Site): string {
  const phrase = theAuthority(site);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** "de la Communauté…", "du Département…", "de l'Eurométropole…", "des Communes…". */
export function ofAuthority(site: Site): string {
  const { article, name } = site.authority;
  if (article === 'le') return `du ${name}`;
  if (article === 'les') return `des ${name}`;
  return `de ${theAuthority(site)}`;
}

/** The signature closing every email, in the reader's language. */
export function mailSignature(site: Site, locale: 'fr' | 'en'): string {
  return locale === 'en'
    ? `— ${site.portalName}, ${site.unit.en}, ${site.authority.name}\n${site.contacts.unit}`
    : `— ${site.portalName}, ${site.unit.fr} ${ofAuthority(site)}\n${site.contacts.unit}`;
}

/** The logo as an image address: its path, or the inline SVG as a data: URL (an <img> never runs its scripts). */
export function logoSource(site: Site): string | null {
  if (site.logo === null) return null;
  if ('path' in site.logo) return site.logo.path;
  return `data:image/svg+xml,${encodeURIComponent(site.logo.svg)}`;
}
