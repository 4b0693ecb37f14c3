/**
 * Focus management for client-side navigation. A single-page app does not reload,
 * so without this a keyboard or screen-reader user stays on the link they just
 * followed and is never told that the page changed.
 */

/** Id of the `<main>` element, target of the skip link. */
export const MAIN_ID = 'main';

/** Long enough for a slow mobile answer; after that the user has moved on. */
const HEADING_WAIT_MS = 10_000;

function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/**
 * Moves focus to the page's `<h1>`, whose text is then announced. While the page
 * is still loading its data there is no `<h1>` yet: focus goes to `<main>`, then
 * moves to the heading when it appears, unless the user has moved focus meanwhile.
 */
export function focusMain(): void {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  const heading = main.querySelector('h1');
  if (heading) {
    focusHeading(heading);
    return;
  }
  main.focus();
  const observer = new MutationObserver(() => {
    const late = main.querySelector('h1');
    if (!late) return;
    observer.disconnect();
    if (document.activeElement === main) focusHeading(late);
  });
  observer.observe(main, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
}
