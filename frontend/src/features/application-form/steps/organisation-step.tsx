/**
 * Step 1: the organisation. The SIRET stays visible for an organisation being set
 * up (some already have one) but becomes optional; its creation date is hidden. A valid
 * SIRET offers to fill the identity and address from the SIRENE register.
 */
import { Show } from 'solid-js';
import type { OrganisationDraft } from '../../../../../functions/src/domain/application';
import { LEGAL_FORMS, type LegalForm } from '../../../../../functions/src/domain/program';
import { useI18n } from '../../../i18n';
import { FormSelect } from '../choice-fields';
import { useForm } from '../form-context';
import { FormTextField } from '../text-fields';
import { CompanyLookup } from './company-lookup';

/** Identity, registered address and contact person, each group under its own legend. */
export function OrganisationStep() {
  const form = useForm();
  const { t } = useI18n();
  const org = () => form.draft.organisation;
  const set = (patch: OrganisationDraft) => form.edit('organisation', patch);
  const inCreation = () => org().legalForm === 'en_creation';
  /** The shared schema wants an explicit null for "no SIRET" and "no creation date", never a missing key. */
  const chooseForm = (legalForm: LegalForm) =>
    set({ legalForm, siret: org().siret ?? null, creationDate: legalForm === 'en_creation' ? null : (org().creationDate ?? null) });
  const text = (key: 'name' | 'street' | 'postcode' | 'city' | 'contactName' | 'contactRole' | 'contactEmail' | 'contactPhone') => ({
    path: `organisation.${key}`,
    label: t(`form.organisation.${key}`),
    value: org()[key],
    onValue: (value: string) => set({ [key]: value }),
    required: true,
  });
  return (
    <>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('form.organisation.identity')}</legend>
        <FormTextField {...text('name')} maxLength={200} autocomplete="organization" />
        <FormSelect
          path="organisation.legalForm"
          label={t('form.organisation.legalForm')}
          required
          options={LEGAL_FORMS.map((value) => ({ value, label: t(`legalForm.${value}`) }))}
          value={org().legalForm}
          onValue={chooseForm}
        />
        <FormTextField
          path="organisation.siret"
          label={t('form.organisation.siret')}
          hint={inCreation() ? t('form.organisation.siretHintCreation') : t('form.organisation.siretHint')}
          required={!inCreation()}
          value={org().siret}
          onValue={(value) => set({ siret: value.trim() === '' ? null : value })}
          maxLength={20}
          inputMode="numeric"
          width="medium"
        />
        <CompanyLookup organisation={org} set={set} />
        <Show when={!inCreation()}>
          <FormTextField
            path="organisation.creationDate"
            label={t('form.organisation.creationDate')}
            hint={t('form.organisation.creationDateHint')}
            required
            type="date"
            value={org().creationDate}
            onValue={(value) => set({ creationDate: value === '' ? null : value })}
            maxLength={10}
            width="short"
          />
        </Show>
        <FormTextField
          path="organisation.website"
          label={t('form.organisation.website')}
          hint={t('form.organisation.websiteHint')}
          type="url"
          value={org().website}
          onValue={(value) => set({ website: value.trim() === '' ? null : value })}
          maxLength={300}
          autocomplete="url"
        />
      </fieldset>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('form.organisation.address')}</legend>
        <FormTextField {...text('street')} maxLength={200} autocomplete="address-line1" />
        <FormTextField {...text('postcode')} maxLength={5} autocomplete="postal-code" inputMode="numeric" width="short" />
        <FormTextField {...text('city')} maxLength={120} autocomplete="address-level2" />
      </fieldset>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('form.organisation.contact')}</legend>
        <p class="form-section__intro">{t('form.organisation.contactIntro')}</p>
        <FormTextField {...text('contactName')} maxLength={120} autocomplete="name" />
        <FormTextField {...text('contactRole')} maxLength={120} autocomplete="organization-title" />
        <FormTextField {...text('contactEmail')} type="email" maxLength={254} autocomplete="email" spellcheck={false} />
        <FormTextField {...text('contactPhone')} type="tel" maxLength={20} autocomplete="tel" />
      </fieldset>
    </>
  );
}
