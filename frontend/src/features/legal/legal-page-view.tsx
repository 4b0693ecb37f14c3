import { For } from 'solid-js';
import { legalPage, type LegalBlock, type LegalPageId } from './legal';
import { useI18n } from '../../i18n';
import { usePageTitle } from '../../lib/page-title';

/** One block of text. `<For>` recreates blocks when the language changes, so reading the prop once is safe. */
function Block(props: { block: LegalBlock }) {
  const block = props.block;
  if (typeof block === 'string') return <p>{block}</p>;
  if ('items' in block) {
    return (
      <ul>
        <For each={block.items}>{(item) => <li>{item}</li>}</For>
      </ul>
    );
  }
  return (
    <p>
      {block.text} <a href={block.link.href}>{block.link.label}</a>
    </p>
  );
}

/** Renders one regulatory page in the reader's language, with its title as the document title. */
export function LegalPageView(props: { page: LegalPageId }) {
  const { locale } = useI18n();
  const content = () => legalPage(props.page, locale());
  usePageTitle(() => content().title);
  return (
    <article class="page-narrow legal">
      <h1>{content().title}</h1>
      <p class="lead">{content().intro}</p>
      <For each={content().sections}>
        {(section) => (
          <section>
            <h2>{section.heading}</h2>
            <For each={section.blocks}>{(block) => <Block block={block} />}</For>
          </section>
        )}
      </For>
    </article>
  );
}
