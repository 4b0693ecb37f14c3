/**
 * Where focus goes in the application form. Moving between steps changes the URL,
 * and the layout then focuses the page's `<h1>` on the next frame; the step's own
 * heading (or the field an error link named) must win, so it is focused one frame
 * later.
 */

/** Id of each step's `<h2>`, the target after a step change. */
export const STEP_HEADING_ID = 'step-heading';
/** Id of the block holding the stepper and the step: scrolled to the top after a step change, so "Étape 2 sur 6" shows. */
export const FORM_TOP_ID = 'form-top';

/** Focuses an element by id, making it focusable if it is not a control (a section, a heading), and brings it into view. */
export function focusById(id: string, scrollTo: HTMLElement | null = null): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const focusable = element.matches('input, select, textarea, button, a[href], [tabindex]');
  if (!focusable) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  (scrollTo ?? element).scrollIntoView?.({ block: scrollTo ? 'start' : 'center' });
  return true;
}

/** After a step change: the field named in the URL fragment, else the step heading. */
export function focusStep(hash: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const target = decodeURIComponent(hash.replace(/^#/, ''));
      if (!(target && focusById(target))) focusById(STEP_HEADING_ID, document.getElementById(FORM_TOP_ID));
    }),
  );
}
