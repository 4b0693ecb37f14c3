/**
 * Messages of a programme's public page: key facts, documents, contact, and the way into the
 * eligibility check.
 * Composed into the dictionaries loaded up front (`i18n/fr.ts`, `i18n/en.ts`).
 * French is the source of truth; a key missing in English is a type error.
 */
export const programmesFr = {
  'program.docTitle': 'Appel à projets',
  'program.keyFacts': 'En bref',
  'program.about': 'Présentation',
  'program.documents': 'Pièces à fournir',
  'program.documentsRequired': 'Pièces obligatoires',
  'program.documentsOptional': 'Pièces facultatives',
  'program.noDocuments': "Aucune pièce n'est demandée pour cet appel.",
  'program.contact': 'Contact',
  'program.contactText': 'Une question sur cet appel à projets ? Écrivez au service :',
  'program.communes': 'Voir les {count} communes',

  'facts.share': 'Part financée',
  'facts.legalForms': 'Structures éligibles',
  'facts.stages': 'Stade du projet',
  'facts.siret': 'Numéro SIRET',
  'facts.siretRequired': 'Obligatoire',
  'facts.siretOptional': 'Non obligatoire',
  'facts.age': 'Ancienneté de la structure',
  'facts.ageMin': 'Au moins {min} mois',
  'facts.ageMax': 'Au plus {max} mois',
  'facts.ageRange': 'Entre {min} et {max} mois',

  'elig.cta': 'Vérifier mon éligibilité',
  'elig.ctaNote': 'Six questions, une réponse immédiate, sans créer de compte.',
} as const;

export const programmesEn: { readonly [K in keyof typeof programmesFr]: string } = {
  'program.docTitle': 'Call for projects',
  'program.keyFacts': 'At a glance',
  'program.about': 'About this call',
  'program.documents': 'Documents to provide',
  'program.documentsRequired': 'Required documents',
  'program.documentsOptional': 'Optional documents',
  'program.noDocuments': 'No document is required for this call.',
  'program.contact': 'Contact',
  'program.contactText': 'A question about this call for projects? Write to the team:',
  'program.communes': 'Show the {count} municipalities',

  'facts.share': 'Share funded',
  'facts.legalForms': 'Eligible organisations',
  'facts.stages': 'Project stage',
  'facts.siret': 'SIRET number',
  'facts.siretRequired': 'Required',
  'facts.siretOptional': 'Not required',
  'facts.age': 'Age of the organisation',
  'facts.ageMin': 'At least {min} months',
  'facts.ageMax': 'At most {max} months',
  'facts.ageRange': 'Between {min} and {max} months',

  'elig.cta': 'Check my eligibility',
  'elig.ctaNote': 'Six questions, an instant answer, no account needed.',
};
