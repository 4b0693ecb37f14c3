import { For, Show } from 'solid-js';
import type { AuditEvent } from '../../../../functions/src/domain/audit';
import { PROGRAM_STATUSES, type ProgramStatus } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { pathLabel } from './field-paths';
import { bytesToMbText } from './draft-numbers';
import { formatEuros, formatParisDateTime } from '../../../../functions/src/domain/format';

/** Fields small enough to show before and after; the others (rules, questions, texts) are only named. */
const SCALARS = ['status', 'opensAt', 'closesAt', 'envelopeCents', 'referencePrefix', 'contactEmail', 'maxFileSizeBytes'] as const;
type Scalar = (typeof SCALARS)[number];
const isScalar = (field: string): field is Scalar => (SCALARS as readonly string[]).includes(field);

/** One line of the history: what happened, who did it and when, and what changed (with the old and new value when short). */
export function HistoryEntry(props: { event: AuditEvent }) {
  const { locale, t } = useI18n();
  const value = (field: Scalar, raw: unknown): string => {
    if (raw === null || raw === undefined) return '—';
    if (field === 'status' && PROGRAM_STATUSES.includes(raw as ProgramStatus)) return t(`builder.status.${raw as ProgramStatus}`);
    if ((field === 'opensAt' || field === 'closesAt') && typeof raw === 'string') return formatParisDateTime(raw, locale());
    if (field === 'envelopeCents' && typeof raw === 'number') return formatEuros(raw, locale());
    if (field === 'maxFileSizeBytes' && typeof raw === 'number') return t('builder.history.megabytes', { size: bytesToMbText(raw) });
    return String(raw);
  };
  const changes = () => (props.event.type === 'program_created' ? [] : props.event.changed);
  return (
    <li class="timeline__item builder-history__item">
      <p class="timeline__label">{t(`builder.history.${props.event.type}`)}</p>
      <p class="timeline__date">
        {t('builder.history.by', { name: props.event.actorName })} ·{' '}
        <time datetime={props.event.at}>{formatParisDateTime(props.event.at, locale())}</time>
      </p>
      <Show when={changes().length > 0}>
        <ul class="builder-history__changes">
          <For each={changes()}>
            {(field) => (
              <li>
                {isScalar(field)
                  ? t('builder.history.change', {
                      field: pathLabel(field, t),
                      before: value(field, props.event.before?.[field]),
                      after: value(field, props.event.after?.[field]),
                    })
                  : pathLabel(field, t)}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </li>
  );
}
