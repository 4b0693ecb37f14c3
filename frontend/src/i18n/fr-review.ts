/** French messages of the staff review pages. */
export const frReview = {} as const;
