import { Show } from 'solid-js';
import { isOpen } from '../../../../functions/src/domain/program-window';
import type { ProgramSummary } from '../../../../functions/src/domain/program';
import { useI18n, type MessageKey } from '../../i18n';
import { describeDates } from '../../lib/program-text';
import { formatEuros } from '../../../../functions/src/domain/format';

/** Where a published programme stands today: its window decides whether applications can come in. */
function windowState(program: ProgramSummary, now: Date): MessageKey | undefined {
  if (program.status !== 'published') return undefined;
  if (isOpen(program, now)) return 'staffHome.window.open';
  return Date.parse(program.opensAt) > now.getTime() ? 'staffHome.window.upcoming' : 'staffHome.window.ended';
}

/**
 * One programme in the staff home: dates, envelope and the way in to its files;
 * managers also get its dashboard and its editor. Each link's accessible name
 * ends with the programme's title, so a list of links stays unambiguous.
 */
export function StaffProgramCard(props: { program: ProgramSummary; manager: boolean }) {
  const i18n = useI18n();
  const { locale, t } = i18n;
  const base = () => `/gestion/programmes/${encodeURIComponent(props.program.id)}`;
  const title = () => props.program.title[locale()];
  const state = () => windowState(props.program, new Date());
  const named = (label: string) => (
    <>
      {label} <span class="visually-hidden">— {title()}</span>
    </>
  );
  return (
    <article class="staff-program">
      <h3 class="staff-program__title">{title()}</h3>
      <Show when={state()}>{(key) => <p class="staff-program__state">{t(key())}</p>}</Show>
      <dl class="staff-program__facts">
        <div>
          <dt>{t('facts.dates')}</dt>
          <dd>{describeDates(i18n, props.program.opensAt, props.program.closesAt)}</dd>
        </div>
        <div>
          <dt>{t('facts.envelope')}</dt>
          <dd>{formatEuros(props.program.envelopeCents, locale())}</dd>
        </div>
      </dl>
      <ul class="staff-program__links">
        <li>
          <a href={base()}>{named(t('staffHome.files'))}</a>
        </li>
        <Show when={props.manager}>
          <li>
            <a href={`${base()}/tableau-de-bord`}>{named(t('staffHome.dashboard'))}</a>
          </li>
          <li>
            <a href={`${base()}/modifier`}>{named(t('staffHome.edit'))}</a>
          </li>
        </Show>
      </ul>
    </article>
  );
}
