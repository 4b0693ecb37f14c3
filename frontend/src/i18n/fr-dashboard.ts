/** French messages of the staff dashboard pages. */
export const frDashboard = {} as const;
