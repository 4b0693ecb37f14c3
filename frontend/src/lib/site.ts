/**
 * The portal's identity (authority, unit, logo, colours, contacts, legal lines) as
 * GET /api/site serves it from SITE_CONFIG. index.tsx loads it once before the first
 * render (index.html preloads the request alongside the script), so the header never
 * shows one name and then another; until then, and if it cannot be read, the domain's
 * default stands in. Its colours override the kit's tokens on :root.
 */
import { createSignal } from 'solid-js';
import { DEFAULT_SITE, logoSource, type Site, siteSchema, theAuthority, theAuthorityCapitalised } from '../../../functions/src/domain/site';
import { API_BASE } from './api-client';

export type { Site } from '../../../functions/src/domain/site';

const [site, setSite] = createSignal<Site>(DEFAULT_SITE);

/** The site configuration in force (reactive). */
export { site };

/**
 * The names messages interpolate: `{portal}`, `{authority}` (bare name), `{Authority}`
 * (French, with its article, starting a sentence), `{theAuthority}` (with its article)
 * and `{shortName}`.
 */
export function siteParams(config: Site = site()) {
  return {
    portal: config.portalName,
    authority: config.authority.name,
    Authority: theAuthorityCapitalised(config),
    theAuthority: theAuthority(config),
    shortName: config.authority.shortName,
  };
}

/** The logo as an image address (a path, or the inline SVG as a data: URL), or null. */
export const siteLogo = () => logoSource(site());

/** The tokens (ui/tokens.css) the configuration's colours replace. */
const COLOUR_TOKENS = {
  primary: '--color-primary',
  primaryHover: '--color-primary-hover',
  primaryTint: '--color-primary-tint',
} as const satisfies Record<keyof Site['colors'], string>;

/** Sets the configuration's colours as custom properties on :root (through the CSSOM, which the CSP allows). */
export function applySiteColours(config: Site, root: HTMLElement = document.documentElement): void {
  for (const [key, token] of Object.entries(COLOUR_TOKENS) as [keyof Site['colors'], string][]) {
    root.style.setProperty(token, config.colors[key]);
  }
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', config.colors.primary);
}

/** Uses `config` from now on: names everywhere, colours on :root. */
export function setSiteConfig(config: Site): void {
  setSite(config);
  applySiteColours(config);
}

/**
 * Reads GET /api/site once (the request index.html preloads: same URL, same mode,
 * same credentials) and applies it. Never rejects: a failure leaves the default.
 */
export async function loadSite(): Promise<void> {
  try {
    const response = await fetch(`${API_BASE}/site`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const parsed = siteSchema.safeParse(await response.json());
    if (parsed.success) setSiteConfig(parsed.data);
  } catch {
    // Offline or the API is down: the pages that need it say so; the frame keeps the default names.
  }
}
