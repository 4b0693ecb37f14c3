/**
 * The sworn statement an applicant ticks before submitting. One text for the form
 * (features/application-form) and the deposit receipt (services/receipt.ts), so the
 * receipt quotes word for word what was accepted. Pure module, shared by both.
 */
import type { Bilingual } from './errors';

export const SWORN_STATEMENT: Bilingual = {
  fr: 'Je certifie sur l’honneur l’exactitude des informations fournies dans cette demande et dans les pièces jointes, et je suis habilité·e à la déposer au nom de la structure.',
  en: 'I solemnly declare that the information given in this application and in the attached documents is accurate, and that I am authorised to submit it on behalf of the organisation.',
};
