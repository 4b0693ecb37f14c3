import { For } from 'solid-js';

/** Splits on blank lines; single line breaks inside a paragraph are kept by CSS (`white-space: pre-line`). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * Renders manager-written text as paragraphs. Always text nodes, never HTML, so a
 * programme description can never inject markup into the page.
 */
export function Paragraphs(props: { text: string }) {
  return <For each={splitParagraphs(props.text)}>{(paragraph) => <p class="prose">{paragraph}</p>}</For>;
}
