import { Show } from 'solid-js';
import { useI18n } from '../../i18n';

/**
 * "Monter", "Descendre" and "Supprimer" for one item of a list. The visible
 * words are short; the hidden part names the item ("la question 2"), so each
 * button makes sense on its own in a screen reader's list of buttons.
 */
export function ItemControls(props: {
  baseId: string;
  index: number;
  count: number;
  itemName: string;
  onMove?: (direction: 'up' | 'down') => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const hidden = () => (
    <>
      {' '}
      <span class="visually-hidden">{props.itemName}</span>
    </>
  );
  return (
    <div class="builder-item__controls">
      <Show when={props.onMove}>
        {(move) => (
          <>
            <button
              id={`${props.baseId}-up`}
              type="button"
              class="button button--secondary button--small"
              disabled={props.index === 0}
              onClick={() => move()('up')}
            >
              <span aria-hidden="true">↑ </span>
              {t('builder.item.up')}
              {hidden()}
            </button>
            <button
              id={`${props.baseId}-down`}
              type="button"
              class="button button--secondary button--small"
              disabled={props.index === props.count - 1}
              onClick={() => move()('down')}
            >
              <span aria-hidden="true">↓ </span>
              {t('builder.item.down')}
              {hidden()}
            </button>
          </>
        )}
      </Show>
      <button type="button" class="button button--secondary button--danger button--small" onClick={() => props.onRemove()}>
        {t('builder.item.remove')}
        {hidden()}
      </button>
    </div>
  );
}
