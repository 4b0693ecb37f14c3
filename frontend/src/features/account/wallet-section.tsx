/**
 * "Mon portefeuille de documents" on "Mon compte": the organisation documents the
 * applicant kept (type, name, size, validity, an "expired" badge), each with a delete
 * button. Documents are kept from the documents step of an application, after upload.
 */
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { formatCalendarDay, formatFileSize } from '../../../../functions/src/domain/format';
import { useI18n } from '../../i18n';
import { listWallet, removeFromWallet, type WalletItem } from '../../lib/api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';

export function WalletSection() {
  const { locale, t } = useI18n();
  const [items, { mutate, refetch }] = createResource(listWallet);
  const [deleting, setDeleting] = createSignal<string>();
  const [announce, setAnnounce] = createSignal('');
  const [problem, setProblem] = createSignal<string>();

  const remove = async (item: WalletItem) => {
    setDeleting(item.id);
    setProblem(undefined);
    try {
      await removeFromWallet(item.id);
      mutate((items() ?? []).filter((i) => i.id !== item.id));
      setAnnounce(t('myaccount.wallet.deleted', { filename: item.filename }));
    } catch {
      setProblem(t('myaccount.wallet.deleteFailed', { filename: item.filename }));
    } finally {
      setDeleting(undefined);
    }
  };

  return (
    <section class="account__section" aria-labelledby="account-wallet">
      <h2 id="account-wallet">{t('myaccount.wallet.heading')}</h2>
      <p>{t('myaccount.wallet.text')}</p>
      <Switch>
        <Match when={items.error}>
          <ErrorAlert title={t('myaccount.wallet.loadFailed')} onRetry={() => void refetch()} />
        </Match>
        <Match when={items.loading}>
          <LoadingMessage />
        </Match>
        <Match when={items()?.length === 0}>
          <p class="account-wallet__empty">{t('myaccount.wallet.empty')}</p>
        </Match>
        <Match when={items()}>
          {(list) => (
            <ul class="account-wallet">
              <For each={list()}>
                {(item) => (
                  <li class="account-wallet__item">
                    <div class="account-wallet__text">
                      <p class="account-wallet__type">
                        {t(`document.${item.type}`)}
                        <Show when={item.expired}>
                          {' '}
                          <span class="account-wallet__badge account-wallet__badge--expired">{t('myaccount.wallet.expired')}</span>
                        </Show>
                        <Show when={item.expiresSoon}>
                          {' '}
                          <span class="account-wallet__badge">{t('myaccount.wallet.expiresSoon')}</span>
                        </Show>
                      </p>
                      <p class="account-wallet__name">{item.filename}</p>
                      <p class="account-wallet__meta">
                        {formatFileSize(item.size, locale())} ·{' '}
                        {item.validUntil
                          ? t('myaccount.wallet.validUntil', { date: formatCalendarDay(item.validUntil, locale()) })
                          : t('myaccount.wallet.noEndDate')}
                      </p>
                    </div>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      disabled={deleting() === item.id}
                      aria-label={t('myaccount.wallet.delete', { filename: item.filename })}
                      onClick={() => void remove(item)}
                    >
                      {deleting() === item.id ? t('myaccount.wallet.deleting') : t('myaccount.wallet.deleteShort')}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
      <Show when={problem()}>
        <p class="account-wallet__problem" role="alert">
          {problem()}
        </p>
      </Show>
      <p class="visually-hidden" aria-live="polite">
        {announce()}
      </p>
    </section>
  );
}
