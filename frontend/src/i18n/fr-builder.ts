/** French messages of the staff builder pages. */
export const frBuilder = {} as const;
