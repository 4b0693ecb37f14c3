import { useI18n } from '../../i18n';
import type { RankingEntry } from '../../lib/staff-api';

/** Path of an application's staff page. */
export function staffApplicationPath(applicationId: string): string {
  return `/gestion/demandes/${encodeURIComponent(applicationId)}`;
}

/** The link to an application's staff page, named by its reference (or "sans référence" and its organisation). */
export function ApplicationLink(props: { entry: RankingEntry }) {
  const { t } = useI18n();
  return (
    <a href={staffApplicationPath(props.entry.id)} classList={{ 'application-ref': props.entry.reference !== null }}>
      {props.entry.reference ?? t('dashboard.noReference', { organisation: props.entry.organisationName ?? props.entry.id })}
    </a>
  );
}
