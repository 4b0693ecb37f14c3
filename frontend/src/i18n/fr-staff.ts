/** French messages shared by every staff page (frame, navigation, refusal). */
export const frStaff = {
  'staff.area': 'Espace instruction',
  'staff.nav': 'Espace instruction',
  'staff.nav.programs': 'Programmes',
  'staff.nav.team': 'Équipe',
  'staff.refused.title': 'Accès réservé',
  'staff.refused.text':
    "Cette page est réservée aux équipes du service (instruction et gestion des programmes). Si vous pensez devoir y accéder, demandez-le à un gestionnaire.",
} as const;
