/**
 * Matching what people type against commune names: "st laurent", "Saint Laurent"
 * and "saint-laurent-blangy" must all find Saint-Laurent-Blangy, "maroeuil" must
 * find Marœuil, and a postcode must work too.
 */
import type { Commune } from '../../../../functions/src/domain/program';

/** Lower case, no accents, œ/æ spelt out, hyphens and apostrophes as spaces, "st"/"ste" as "saint"/"sainte". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/['’\-‐]/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The communes matching `query`, names that start with it first, then names
 * containing it, in the territory's order within each group. Digits search
 * postcodes. An empty query lists every commune.
 */
export function searchCommunes(communes: readonly Commune[], query: string): Commune[] {
  const folded = foldName(query);
  if (folded === '') return [...communes];
  if (/^\d+$/.test(folded)) return communes.filter((commune) => commune.postcode.startsWith(folded));
  const starts: Commune[] = [];
  const contains: Commune[] = [];
  for (const commune of communes) {
    const name = foldName(commune.name);
    if (name.startsWith(folded)) starts.push(commune);
    else if (name.includes(folded)) contains.push(commune);
  }
  return [...starts, ...contains];
}

/** How a chosen commune shows in the field: "Arras (62000)". */
export function communeLabel(commune: Pick<Commune, 'name' | 'postcode'>): string {
  return `${commune.name} (${commune.postcode})`;
}
