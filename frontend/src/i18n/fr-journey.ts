/** French messages of the applicant's entry journey: eligibility, sign-in, "Mes demandes", the application page. */
export const frJourney = {} as const;
