/**
 * The document wallet in a document slot. For a required organisation document with
 * no usable file yet, each kept document of that type is offered for reuse with one
 * click (no new upload: the server copies it, checks it and scans it again, and the
 * slot says so meanwhile). After an organisation document is uploaded and verified,
 * the slot offers to keep it in the wallet with a validity date (pre-filled with the
 * type's default).
 */
import { createResource, createSignal, For, Show, type Accessor } from 'solid-js';
import { isUsable, type ApplicationDocument } from '../../../../../functions/src/domain/application';
import { parisToday } from '../../../../../functions/src/domain/calendar';
import { formatCalendarDay } from '../../../../../functions/src/domain/format';
import type { DocumentType } from '../../../../../functions/src/domain/program';
import { checkValidUntil, defaultValidUntil, isWalletDocumentType } from '../../../../../functions/src/domain/wallet';
import { useI18n } from '../../../i18n';
import { ApiError, keepInWallet, listWallet, reuseFromWallet, type WalletItem } from '../../../lib/api';
import { Field } from '../../../ui/field';
import { useForm } from '../form-context';
import './wallet-offer.css';

/** The applicant's wallet, read once for the whole step; a failure only hides the offers. */
export type WalletState = { items: Accessor<WalletItem[]>; add: (item: WalletItem) => void };

export function createWalletState(): WalletState {
  const [loaded, { mutate }] = createResource(async () => {
    try {
      return await listWallet();
    } catch {
      return [];
    }
  });
  return {
    items: () => loaded() ?? [],
    add: (item) => mutate([...(loaded() ?? []).filter((i) => i.id !== item.id), item]),
  };
}

export function WalletOffer(props: {
  type: DocumentType;
  required: boolean;
  wallet: WalletState;
  /** The document settled during this visit (uploaded or reused). */
  freshId: string | undefined;
  /** An upload is under way in this slot. */
  busy: boolean;
  onSettled: (document: ApplicationDocument) => void;
  onError: (message: string | undefined) => void;
}) {
  const form = useForm();
  const { locale, t } = useI18n();
  const [reusing, setReusing] = createSignal<string>();
  const documents = () => form.documents().filter((d) => d.type === props.type);
  const organisation = () => isWalletDocumentType(props.type);
  const kept = () => props.wallet.items().filter((i) => i.type === props.type);
  const until = (item: WalletItem) =>
    item.validUntil ? t('form.wallet.validUntil', { date: formatCalendarDay(item.validUntil, locale()) }) : t('form.wallet.noEndDate');
  const offerReuse = () => organisation() && props.required && !documents().some(isUsable) && kept().length > 0;
  const justUploaded = () => {
    const document = documents().find((d) => d.id === props.freshId);
    return document && isUsable(document) && organisation() ? document : undefined;
  };

  const reuse = async (item: WalletItem) => {
    if (reusing() || props.busy) return;
    props.onError(undefined);
    setReusing(item.filename);
    try {
      props.onSettled(await reuseFromWallet(form.applicationId, item.id));
    } catch (caught) {
      const detail = caught instanceof ApiError && caught.status > 0 ? caught.detailI18n?.[locale()] : undefined;
      props.onError(detail ?? t('form.wallet.reuseFailed', { filename: item.filename }));
    } finally {
      setReusing(undefined);
    }
  };

  return (
    <>
      <Show when={offerReuse()}>
        <div class="wallet-offer">
          <p class="wallet-offer__intro">{t('form.wallet.reuseIntro')}</p>
          <ul class="wallet-offer__items">
            <For each={kept()}>
              {(item) => (
                <li>
                  <Show
                    when={!item.expired}
                    fallback={
                      <span class="wallet-offer__expired">
                        {t('form.wallet.expiredItem', {
                          filename: item.filename,
                          date: formatCalendarDay(item.validUntil ?? '', locale()),
                        })}
                      </span>
                    }
                  >
                    <button
                      type="button"
                      class="button button--secondary wallet-offer__reuse"
                      disabled={reusing() !== undefined}
                      onClick={() => void reuse(item)}
                    >
                      {t('form.wallet.reuse', { filename: item.filename, until: until(item) })}
                    </button>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={reusing()}>
        {(filename) => (
          <p class="form-doc__verifying" role="status">
            {t('form.wallet.reusing', { filename: filename() })}
          </p>
        )}
      </Show>
      <Show when={justUploaded()} keyed>
        {(document) => <KeepInWallet document={document} type={props.type} wallet={props.wallet} />}
      </Show>
    </>
  );
}

/** "Garder dans mon portefeuille", with the validity date pre-filled with the type's default. */
function KeepInWallet(props: { document: ApplicationDocument; type: DocumentType; wallet: WalletState }) {
  const form = useForm();
  const { locale, t } = useI18n();
  const today = parisToday(new Date());
  const type = props.type;
  const [validUntil, setValidUntil] = createSignal(isWalletDocumentType(type) ? (defaultValidUntil(type, today) ?? '') : '');
  const [error, setError] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);
  const [done, setDone] = createSignal<WalletItem>();
  const id = `wallet-until-${props.document.id}`;
  /** Bytes already in the wallet (a reused document, or kept from another file): nothing to offer. */
  const alreadyKept = () => !done() && props.wallet.items().some((i) => i.sha256 === props.document.sha256);

  const keep = async () => {
    const value = validUntil().trim();
    const problem = value === '' ? null : checkValidUntil(value, today);
    if (problem) return setError(problem[locale()]);
    setError(undefined);
    setSaving(true);
    try {
      const item = await keepInWallet({ applicationId: form.applicationId, documentId: props.document.id, validUntil: value || null });
      setDone(item);
      props.wallet.add(item);
    } catch (caught) {
      const detail = caught instanceof ApiError && caught.status > 0 ? caught.detailI18n?.[locale()] : undefined;
      setError(detail ?? t('form.wallet.keepFailed', { filename: props.document.filename }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Show when={!alreadyKept()}>
      <div class="wallet-keep">
        <Show
          when={done()}
          fallback={
            <>
              <p class="wallet-keep__intro">{t('form.wallet.keepIntro', { filename: props.document.filename })}</p>
              <div class="wallet-keep__row">
                <Field id={id} label={t('form.wallet.keepUntil')} hint={t('form.wallet.keepUntilHint')} marker="optional" error={error()}>
                  {(control) => (
                    <input
                      id={control.id}
                      class="form-input form-input--medium"
                      type="date"
                      value={validUntil()}
                      aria-describedby={control.describedBy}
                      aria-invalid={control.invalid}
                      onInput={(event) => setValidUntil(event.currentTarget.value)}
                    />
                  )}
                </Field>
                <button type="button" class="button button--secondary wallet-keep__button" disabled={saving()} onClick={() => void keep()}>
                  {saving() ? t('form.wallet.keeping') : t('form.wallet.keep')}
                </button>
              </div>
            </>
          }
        >
          {(item) => (
            <p class="wallet-keep__done" role="status">
              {t('form.wallet.kept', {
                filename: item().filename,
                until: item().validUntil
                  ? t('form.wallet.validUntil', { date: formatCalendarDay(item().validUntil ?? '', locale()) })
                  : t('form.wallet.noEndDate'),
              })}
            </p>
          )}
        </Show>
      </div>
    </Show>
  );
}
