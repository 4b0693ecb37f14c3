/**
 * The SIRENE lookup port: what the portal needs to know about an organisation from its
 * SIRET, so an applicant does not type what INSEE already holds. Adapters:
 * ./fixture-registry.ts (local stack and tests: a small JSON file, no network) and
 * ./sirene-registry.ts (AWS, when SIRENE_API_URL and SIRENE_API_KEY are set: the
 * public Sirene API). Both read the same INSEE response shape and map it here.
 *
 * A lookup never fails the request: an unknown SIRET, a timeout or a refusal is `null`,
 * and the applicant types the fields themselves.
 */
import type { LegalForm } from '../domain/program';

export type Company = {
  /** The 14 digits. */
  siret: string;
  name: string;
  /** Guichet's form, when the INSEE legal category tells it; null otherwise (the applicant chooses). */
  legalForm: LegalForm | null;
  /** INSEE "catégorie juridique" (niveau III, 4 digits), as the register holds it. */
  legalCategory: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  /** `YYYY-MM-DD`: the legal unit's creation (else the establishment's); null when the register has none. */
  creationDate: string | null;
};

export interface CompanyRegistry {
  lookup(siret: string): Promise<Company | null>;
}

/** No register configured: every lookup is "not found", and the applicant types the fields. */
export const noCompanyRegistry: CompanyRegistry = { lookup: async () => null };

/**
 * INSEE legal categories (niveau III) of the ESS forms Guichet knows. Source: INSEE,
 * "Catégories juridiques" nomenclature (https://www.insee.fr/fr/information/2028129;
 * the code list is also published as http://xml.insee.fr/schema/cj-enum.html):
 * - 9210 association non déclarée, 9220 association déclarée, 9221 association déclarée
 *   d'insertion par l'économique, 9222 association intermédiaire, 9223 groupement
 *   d'employeurs, 9224 association d'avocats à responsabilité professionnelle individuelle,
 *   9230 association déclarée reconnue d'utilité publique, 9260 association de droit local
 *   (Bas-Rhin, Haut-Rhin, Moselle);
 * - 9300 fondation;
 * - 8210 mutuelle, 8250 assurance mutuelle agricole, 8290 autre organisme mutualiste;
 * - 5458 SARL coopérative ouvrière de production (SCOP), 5558 SA SCOP à conseil
 *   d'administration, 5658 SA SCOP à directoire.
 * SCIC and CAE have no category of their own: INSEE files them as "autre SARL / SA
 * coopérative" (5460, 5560, 5660) or as a SAS (5710); for those codes only, the name
 * decides ("SCIC", "CAE" / "coopérative d'activité et d'emploi", "SCOP"), else null.
 * ESUS is an approval, not a legal form: the register cannot say it.
 */
const FORM_BY_CATEGORY: Record<string, LegalForm> = {
  '9210': 'association',
  '9220': 'association',
  '9221': 'association',
  '9222': 'association',
  '9223': 'association',
  '9224': 'association',
  '9230': 'association',
  '9260': 'association',
  '9300': 'fondation',
  '8210': 'mutuelle',
  '8250': 'mutuelle',
  '8290': 'mutuelle',
  '5458': 'scop',
  '5558': 'scop',
  '5658': 'scop',
};

/** Cooperatives (and SAS) whose category does not say which ESS form they are. */
const GENERIC_COOPERATIVE = new Set(['5460', '5560', '5660', '5710']);

export function legalFormFromCategory(category: string | null | undefined, name = ''): LegalForm | null {
  if (!category) return null;
  const known = FORM_BY_CATEGORY[category];
  if (known) return known;
  if (!GENERIC_COOPERATIVE.has(category)) return null;
  const words = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  if (/\bscic\b|cooperative d'interet collectif/.test(words)) return 'scic';
  if (/\bcae\b|cooperative d'activites? et d'emploi/.test(words)) return 'cae';
  if (/\bscop\b|cooperative ouvriere/.test(words)) return 'scop';
  return null;
}

/** The part of the Sirene 3.11 `GET /siret/{siret}` answer Guichet reads. */
type SireneEstablishment = {
  siret?: unknown;
  dateCreationEtablissement?: unknown;
  uniteLegale?: {
    denominationUniteLegale?: unknown;
    denominationUsuelle1UniteLegale?: unknown;
    nomUniteLegale?: unknown;
    prenomUsuelUniteLegale?: unknown;
    categorieJuridiqueUniteLegale?: unknown;
    dateCreationUniteLegale?: unknown;
  };
  adresseEtablissement?: {
    numeroVoieEtablissement?: unknown;
    indiceRepetitionEtablissement?: unknown;
    typeVoieEtablissement?: unknown;
    libelleVoieEtablissement?: unknown;
    complementAdresseEtablissement?: unknown;
    codePostalEtablissement?: unknown;
    libelleCommuneEtablissement?: unknown;
  };
};

/** INSEE's street-type abbreviations, spelt out as people write them on a form. */
const STREET_TYPES: Record<string, string> = {
  ALL: 'allée',
  AV: 'avenue',
  BD: 'boulevard',
  CHE: 'chemin',
  CRS: 'cours',
  IMP: 'impasse',
  PL: 'place',
  QUAI: 'quai',
  R: 'rue',
  RTE: 'route',
  SQ: 'square',
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' && v.trim() !== '[ND]' ? v.trim() : null);
const date = (v: unknown): string | null => {
  const s = str(v);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
};

/** Words French keeps in lower case inside a street or place name ("rue des Arts", "Saint-Laurent-du-Var"). */
const SMALL_WORDS = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'l', 'd', 'et', 'aux', 'au', 'à', 'en', 'sur', 'sous']);

/** INSEE writes addresses in capitals; a form reads better with the first letter of each word only. */
function titleCase(value: string, afterStreetType = false): string {
  return value
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L}+)/gu,
      (_m, sep: string, word: string) =>
        sep + ((sep !== '' || afterStreetType) && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)),
    );
}

/** Maps a Sirene 3.11 `/siret/{siret}` JSON answer to a Company; null when it holds no establishment. */
export function companyFromSirene(body: unknown): Company | null {
  const e = (body as { etablissement?: SireneEstablishment } | null)?.etablissement;
  const siret = str(e?.siret);
  if (!e || !siret || !/^\d{14}$/.test(siret)) return null;
  const unit = e.uniteLegale ?? {};
  const person = [str(unit.prenomUsuelUniteLegale), str(unit.nomUniteLegale)].filter(Boolean).join(' ');
  const name = str(unit.denominationUniteLegale) ?? str(unit.denominationUsuelle1UniteLegale) ?? (person || null);
  if (!name) return null;
  const a = e.adresseEtablissement ?? {};
  const type = str(a.typeVoieEtablissement);
  const streetLine = [
    str(a.numeroVoieEtablissement),
    str(a.indiceRepetitionEtablissement)?.toLowerCase() ?? null,
    type ? (STREET_TYPES[type] ?? type.toLowerCase()) : null,
    str(a.libelleVoieEtablissement) ? titleCase(str(a.libelleVoieEtablissement) as string, type !== null) : null,
  ]
    .filter(Boolean)
    .join(' ');
  const street = streetLine || (str(a.complementAdresseEtablissement) ? titleCase(str(a.complementAdresseEtablissement) as string) : null);
  const postcode = str(a.codePostalEtablissement);
  const city = str(a.libelleCommuneEtablissement);
  const category = str(unit.categorieJuridiqueUniteLegale);
  return {
    siret,
    name,
    legalForm: legalFormFromCategory(category, name),
    legalCategory: category,
    street,
    postcode: postcode && /^\d{5}$/.test(postcode) ? postcode : null,
    city: city ? titleCase(city) : null,
    creationDate: date(unit.dateCreationUniteLegale) ?? date(e.dateCreationEtablissement),
  };
}
