/** An application already submitted (or decided) cannot be edited: say so and point to its page. */
import { useI18n } from '../../i18n';

/** Replaces the form when the server says the application is no longer editable. */
export function NotEditableNotice(props: { applicationId: string }) {
  const { t } = useI18n();
  return (
    <div class="page-narrow">
      <h1>{t('form.notEditable.title')}</h1>
      <p class="lead">{t('form.notEditable.text')}</p>
      <p>
        <a class="button" href={`/demandes/${encodeURIComponent(props.applicationId)}`}>
          {t('form.notEditable.link')}
        </a>
      </p>
    </div>
  );
}
