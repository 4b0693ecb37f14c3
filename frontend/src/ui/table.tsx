import type { JSX } from 'solid-js';

/**
 * A data table with its caption, in a box that scrolls sideways on its own, so a
 * long cell widens the table without pushing the page. Give `regionLabel` when
 * the table can be wider than a phone: the box then becomes a named, focusable
 * region that keyboard users can scroll. Pass `thead` and `tbody` as children.
 */
export function Table(props: {
  caption: JSX.Element;
  /** Hidden caption: when a heading right above already says what the table is. */
  captionHidden?: boolean | undefined;
  regionLabel?: string | undefined;
  class?: string | undefined;
  children: JSX.Element;
}) {
  const table = () => (
    <table class={props.class ?? 'data-table'}>
      <caption classList={{ 'visually-hidden': !!props.captionHidden }}>{props.caption}</caption>
      {props.children}
    </table>
  );
  return props.regionLabel ? (
    // biome-ignore lint/a11y/useSemanticElements: a scroll container for keyboard users, not a section of the page outline
    <div class="table-scroll" role="region" aria-label={props.regionLabel} tabindex="0">
      {table()}
    </div>
  ) : (
    table()
  );
}
