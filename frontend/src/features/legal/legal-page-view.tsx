import { createResource, For, Match, Switch } from 'solid-js';
import { legalPage, type LegalBlock, type LegalItem, type LegalPageId, type RetentionBlock } from './legal';
import { interpolate, useI18n } from '../../i18n';
import { getRetention } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { site } from '../../lib/site';

/** Text, or text ending with its link. */
function Linked(props: { item: LegalItem }) {
  const item = props.item;
  if (typeof item === 'string') return <>{item}</>;
  return (
    <>
      {item.text} <a href={item.link.href}>{item.link.label}</a>
    </>
  );
}

/**
 * The retention periods as the API states them (the daily job's own configuration):
 * a loading line first, then the list, or a sentence with a retry if they cannot be
 * read. No number is ever written here.
 */
function Retention(props: { block: RetentionBlock['retention'] }) {
  const [policy, { refetch }] = createResource(getRetention);
  return (
    <div aria-busy={policy.loading}>
      <Switch>
        <Match when={policy.loading}>
          <p class="status-message" role="status">
            {props.block.loading}
          </p>
        </Match>
        <Match when={policy.error !== undefined}>
          <p role="alert">
            {props.block.unavailable}{' '}
            <button type="button" class="link-button" onClick={() => void refetch()}>
              {props.block.retry}
            </button>
          </p>
        </Match>
        <Match when={policy.state === 'ready' && policy()}>
          {(periods) => (
            <ul>
              <For each={props.block.items}>{(item) => <li>{interpolate(item, periods())}</li>}</For>
            </ul>
          )}
        </Match>
      </Switch>
    </div>
  );
}

/** One block of text. `<For>` recreates blocks when the language changes, so reading the prop once is safe. */
function Block(props: { block: LegalBlock }) {
  const block = props.block;
  if (typeof block === 'string') return <p>{block}</p>;
  if ('retention' in block) return <Retention block={block.retention} />;
  if ('items' in block) {
    return (
      <ul>
        <For each={block.items}>
          {(item) => (
            <li>
              <Linked item={item} />
            </li>
          )}
        </For>
      </ul>
    );
  }
  return (
    <p>
      <Linked item={block} />
    </p>
  );
}

/** Renders one regulatory page in the reader's language, with its title as the document title. */
export function LegalPageView(props: { page: LegalPageId }) {
  const { locale } = useI18n();
  const content = () => legalPage(props.page, locale(), site());
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
