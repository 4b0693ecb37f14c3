import { useI18n } from '../i18n';

/** A dead end explained in plain words, with the one useful way out: back home. */
export function NotFoundView(props: { title: string; text: string }) {
  const { t } = useI18n();
  return (
    <div class="page-narrow">
      <h1>{props.title}</h1>
      <p class="lead">{props.text}</p>
      <p>
        <a class="button" href="/">
          {t('nav.backHome')}
        </a>
      </p>
    </div>
  );
}
