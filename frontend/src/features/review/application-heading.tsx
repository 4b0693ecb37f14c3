import { For, Show } from 'solid-js';
import type { Application } from '../../../../functions/src/domain/application';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { StatusBadge } from '../../ui/status-badge';
import { formatEuros, formatParisDate } from '../../../../functions/src/domain/format';

/**
 * The top of a file for staff: project, programme, status in words, and the
 * figures a decision turns on (amount requested, and awarded once decided).
 */
export function ApplicationHeading(props: { application: Application; program: Program | undefined }) {
  const { locale, t } = useI18n();
  const money = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : formatEuros(cents, locale()));
  const facts = () => {
    const a = props.application;
    return [
      { label: t('review.subject.organisation'), value: a.organisation.name ?? null },
      { label: t('review.subject.amount'), value: money(a.budget.amountRequestedCents) },
      { label: t('review.app.submittedOn'), value: a.submittedAt ? formatParisDate(a.submittedAt, locale()) : null },
      { label: t('review.app.awarded'), value: a.status === 'approved' ? money(a.amountAwardedCents) : null },
    ].filter((fact): fact is { label: string; value: string } => fact.value !== null);
  };
  return (
    <>
      <h1>{props.application.project.title?.trim() || t('app.untitled')}</h1>
      <Show when={props.program}>{(program) => <p class="lead">{program().title[locale()]}</p>}</Show>
      <p class="app-meta">
        <StatusBadge status={props.application.status} />
        <Show when={props.application.reference}>{(reference) => <span>{t('app.reference', { reference: reference() })}</span>}</Show>
      </p>
      <dl class="review-facts">
        <For each={facts()}>
          {(fact) => (
            <div>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          )}
        </For>
      </dl>
    </>
  );
}
