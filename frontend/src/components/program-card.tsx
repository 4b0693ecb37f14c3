import type { ProgramSummary } from '../../../functions/src/domain/program';
import { useI18n } from '../i18n';
import { TimeLeft } from './deadline';
import { describeAmounts, describeDates, describeShare } from '../lib/program-text';
import { formatEuros } from '../../../functions/src/domain/format';

/** Path of a programme's public page. */
export function programPath(programId: string): string {
  return `/programmes/${encodeURIComponent(programId)}`;
}

/**
 * One open call on the home page, with the facts an applicant uses to pick a call:
 * dates, amounts, co-financing cap, territory and envelope. The whole card is
 * clickable through its title link, which stays the single tab stop.
 */
export function ProgramCard(props: { program: ProgramSummary }) {
  const i18n = useI18n();
  const { locale, t } = i18n;
  return (
    <article class="card">
      <h3 class="card__title">
        <a href={programPath(props.program.id)}>{props.program.title[locale()]}</a>
      </h3>
      <p class="card__summary">{props.program.summary[locale()]}</p>
      <dl class="card__facts">
        <div>
          <dt>{t('facts.dates')}</dt>
          <dd>
            {describeDates(i18n, props.program.opensAt, props.program.closesAt)}
            <TimeLeft closesAt={props.program.closesAt} />
          </dd>
        </div>
        <div>
          <dt>{t('facts.amounts')}</dt>
          <dd>
            {describeAmounts(i18n, props.program.minAmountCents, props.program.maxAmountCents)},{' '}
            {describeShare(i18n, props.program.maxShareOfBudgetPercent)}
          </dd>
        </div>
        <div>
          <dt>{t('facts.territory')}</dt>
          <dd>{props.program.territoryName}</dd>
        </div>
        <div>
          <dt>{t('facts.envelope')}</dt>
          <dd>{formatEuros(props.program.envelopeCents, locale())}</dd>
        </div>
      </dl>
    </article>
  );
}
