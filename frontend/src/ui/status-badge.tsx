import type { ApplicationStatus } from '../../../functions/src/domain/lifecycle';
import { useI18n } from '../i18n';

/**
 * An application's status as a coloured label, in lists and headings. The
 * colour only helps scanning: the status is always written out, so it reads the
 * same in monochrome, high-contrast mode or a screen reader.
 */
export function StatusBadge(props: { status: ApplicationStatus }) {
  const { t } = useI18n();
  return <span class={`status-badge status-badge--${props.status}`}>{t(`apps.status.${props.status}`)}</span>;
}
