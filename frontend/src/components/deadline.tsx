/**
 * A programme's deadline as people must read it: its day, minute and time zone (the
 * minute is included), and in the last 7 days how long is left ("Plus que 3 jours",
 * "Dernier jour : clôture à 23 h 59"). Shown wherever the work happens: the form
 * header, the application page, the "Mes demandes" cards and the programme pages.
 */
import { createSignal, onCleanup, Show } from 'solid-js';
import { formatDeadline, formatTimeLeft } from '../../../functions/src/domain/format';
import { useI18n } from '../i18n';
import './deadline.css';

/** The current time, moved on every minute so "time left" never goes stale on an open page. */
function useMinuteClock(): () => Date {
  const [now, setNow] = createSignal(new Date());
  const timer = setInterval(() => setNow(new Date()), 60_000);
  onCleanup(() => clearInterval(timer));
  return now;
}

/** The deadline and, in its last week, the time left: inline content for a `<dd>` or a sentence. */
export function DeadlineValue(props: { closesAt: string }) {
  const { locale } = useI18n();
  return (
    <>
      <span class="deadline__when">{formatDeadline(props.closesAt, locale())}</span>
      <TimeLeft closesAt={props.closesAt} />
    </>
  );
}

/** "Date limite de dépôt : 8 mars 2027 à 23 h 59, heure de Paris  Plus que 3 jours", as a paragraph. */
export function DeadlineLine(props: { closesAt: string; class?: string }) {
  const { t } = useI18n();
  return (
    <p class={`deadline ${props.class ?? ''}`.trim()}>
      <span class="deadline__label">{t('deadline.lead')}</span> <DeadlineValue closesAt={props.closesAt} />
    </p>
  );
}

/** Only the time left, in the deadline's last week (nothing before): for cards whose dates already say the deadline. */
export function TimeLeft(props: { closesAt: string }) {
  const { locale } = useI18n();
  const now = useMinuteClock();
  const left = () => formatTimeLeft(props.closesAt, now(), locale());
  return (
    <Show when={left()}>
      {(text) => (
        <>
          {' '}
          <strong class="deadline__left">{text()}</strong>
        </>
      )}
    </Show>
  );
}
