/**
 * Messages of the manager's decision on an application: approve, reject, reopen.
 * Loaded with the staff chunks (`i18n/staff-messages.ts`): applicants never download them.
 * French is the source of truth; a key missing in English is a type error.
 */
export const decisionFr = {
  'review.reason.required': 'Ce texte est obligatoire.',

  'review.decision.title': 'Décision',
  'review.decision.startFirst': "Pour accorder l'aide, commencez d'abord l'instruction.",
  'review.decision.approvedOn': 'Aide de {amount} accordée le {date}.',
  'review.decision.rejectedOn': 'Demande refusée le {date}. Motif transmis au porteur de projet\u00a0:',
  'review.approve.open': 'Accorder',
  'review.approve.label': 'Montant accordé, en euros',
  'review.approve.hint': "Au plus le montant demandé ({requested}). Le reste de l'enveloppe est vérifié au moment de l'accord.",
  'review.approve.format': 'Indiquez un montant en euros, par exemple 12 000 ou 12 000,50.',
  'review.approve.positive': 'Indiquez un montant supérieur à zéro.',
  'review.approve.tooMuch': 'Le montant accordé ne peut pas dépasser le montant demandé ({requested}).',
  'review.approve.submit': "Accorder l'aide",
  'review.approve.submitAmount': 'Accorder {amount}',
  'review.approve.done': 'Aide de {amount} accordée. Le porteur de projet en est informé par e-mail.',
  'review.reject.open': 'Refuser',
  'review.reject.label': 'Motif du refus',
  'review.reject.hint': "Le porteur de projet reçoit ce motif par e-mail et le retrouve dans l'historique de sa demande.",
  'review.reject.submit': 'Refuser la demande',
  'review.reject.done': 'Demande refusée. Le porteur de projet en est informé par e-mail.',
  'review.reopen.open': 'Rouvrir la décision',
  'review.reopen.label': 'Motif de la réouverture',
  'review.reopen.hint': "La demande repasse en instruction et, si l'aide était accordée, son montant revient dans l'enveloppe.",
  'review.reopen.submit': 'Rouvrir la décision',
  'review.reopen.done': 'Décision rouverte\u00a0: la demande est de nouveau en instruction.',
} as const;

export const decisionEn: { readonly [K in keyof typeof decisionFr]: string } = {
  'review.reason.required': 'This text is required.',

  'review.decision.title': 'Decision',
  'review.decision.startFirst': 'To award the grant, start the review first.',
  'review.decision.approvedOn': 'Grant of {amount} awarded on {date}.',
  'review.decision.rejectedOn': 'Application rejected on {date}. Reason given to the applicant:',
  'review.approve.open': 'Award',
  'review.approve.label': 'Amount awarded, in euros',
  'review.approve.hint': 'At most the amount requested ({requested}). What remains of the envelope is checked when awarding.',
  'review.approve.format': 'Give an amount in euros, for example 12,000 or 12,000.50.',
  'review.approve.positive': 'Give an amount above zero.',
  'review.approve.tooMuch': 'The amount awarded cannot exceed the amount requested ({requested}).',
  'review.approve.submit': 'Award the grant',
  'review.approve.submitAmount': 'Award {amount}',
  'review.approve.done': 'Grant of {amount} awarded. The applicant is told by email.',
  'review.reject.open': 'Reject',
  'review.reject.label': 'Reason for rejection',
  'review.reject.hint': "The applicant receives this reason by email and finds it in their application's history.",
  'review.reject.submit': 'Reject the application',
  'review.reject.done': 'Application rejected. The applicant is told by email.',
  'review.reopen.open': 'Re-open the decision',
  'review.reopen.label': 'Reason for re-opening',
  'review.reopen.hint': 'The application goes back under review and, if the grant was awarded, its amount returns to the envelope.',
  'review.reopen.submit': 'Re-open the decision',
  'review.reopen.done': 'Decision re-opened: the application is under review again.',
};
