import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { ACCOUNT_EXPORT_URL, type Me } from '../../lib/api';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { DeleteAccount } from './delete-account';
import { WalletSection } from './wallet-section';
import './account.css';

/**
 * "Mon compte" for the signed-in person: who they are, the download of everything
 * held about them (right of access and portability), and closing the account (right
 * to erasure). Staff accounts are closed by a manager, so staff read where instead.
 */
export function AccountView(props: { me: Me }) {
  const { t } = useI18n();
  const isStaff = () => props.me.role !== 'applicant';
  const rows = (): SummaryRow[] => [
    { label: t('myaccount.details.email'), value: props.me.email },
    ...(isStaff()
      ? [
          { label: t('myaccount.details.displayName'), value: props.me.displayName },
          { label: t('myaccount.details.role'), value: t(`myaccount.role.${props.me.role}`) },
        ]
      : []),
    { label: t('myaccount.details.locale'), value: t(`myaccount.locale.${props.me.locale}`) },
  ];
  return (
    <div class="account">
      <section class="account__section" aria-labelledby="account-details">
        <h2 id="account-details">{t('myaccount.details.heading')}</h2>
        <SummaryList rows={rows()} />
      </section>
      <Show when={!isStaff()}>
        <WalletSection />
      </Show>
      <section class="account__section" aria-labelledby="account-data">
        <h2 id="account-data">{t('myaccount.data.heading')}</h2>
        <p>{t('myaccount.data.text')}</p>
        <p>
          <a class="button button--secondary" href={ACCOUNT_EXPORT_URL} download="">
            {t('myaccount.data.download')}
          </a>
        </p>
        <p>
          <a href="/donnees-personnelles">{t('myaccount.data.privacyLink')}</a>
        </p>
      </section>
      <Show
        when={!isStaff()}
        fallback={
          <section class="account__section" aria-labelledby="account-close">
            <h2 id="account-close">{t('myaccount.staff.heading')}</h2>
            <p>{t('myaccount.staff.text')}</p>
          </section>
        }
      >
        <section class="account__section account__section--danger" aria-labelledby="account-delete">
          <h2 id="account-delete">{t('myaccount.delete.heading')}</h2>
          <p>{t('myaccount.delete.intro')}</p>
          <ul class="account__consequences">
            <li>{t('myaccount.delete.drafts')}</li>
            <li>{t('myaccount.delete.submitted')}</li>
            <li>{t('myaccount.delete.sessions')}</li>
            <li>{t('myaccount.delete.again')}</li>
          </ul>
          <DeleteAccount email={props.me.email} />
        </section>
      </Show>
    </div>
  );
}
