/** French messages of the multi-step application form. */
export const frForm = {} as const;
