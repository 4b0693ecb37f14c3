import { useI18n } from '../../i18n';
import { formatParisDateTime } from '../../../../functions/src/domain/format';

/** "Brouillon enregistré le … à …", announced politely where the buttons are, so focus can stay in the form. */
export function RubricSaved(props: { savedAt: string | undefined }) {
  const { locale, t } = useI18n();
  return (
    <p class="status-inline" role="status">
      {props.savedAt ? t('review.rubric.saved', { when: formatParisDateTime(props.savedAt, locale()) }) : ''}
    </p>
  );
}
