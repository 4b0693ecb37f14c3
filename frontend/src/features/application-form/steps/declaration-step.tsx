/**
 * Step 6: review, sworn statement and submission. Submitting saves pending
 * changes first (the server judges what it has stored), and the button stays
 * disabled while the request runs and while the shared checks still fail.
 */
import { createMemo } from 'solid-js';
import { checkSubmission } from '../../../../../functions/src/domain/application-steps';
import type { FieldError } from '../../../../../functions/src/domain/errors';
import { useI18n } from '../../../i18n';
import { fieldId } from '../form-paths';
import { Checkbox } from '../../../ui/checkbox';
import { FieldMarker } from '../../../ui/field';
import { useForm } from '../form-context';
import { FormTextField } from '../text-fields';
import { ReviewList } from './review-list';
import { SubmitSection } from './submit-section';

/** `onSubmitErrors` receives the server's list when it refuses the submission. */
export function DeclarationStep(props: { onSubmitErrors: (errors: FieldError[]) => void }) {
  const form = useForm();
  const { locale, t } = useI18n();
  const declaration = () => form.draft.declaration;
  const check = createMemo(() => checkSubmission(form.program, form.draft, form.documents(), new Date(), 0, form.heldToWindow));
  const acceptedError = () => form.errorFor('declaration.accepted')?.[locale()];
  const id = fieldId('declaration.accepted');
  return (
    <>
      <section aria-labelledby="review-title">
        <h3 id="review-title">{t('form.review.title')}</h3>
        <ReviewList errors={check().errors} />
      </section>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('form.declaration.title')}</legend>
        <Checkbox
          id={id}
          label={
            <>
              {t('form.declaration.statement')}
              <FieldMarker marker="required" />
            </>
          }
          checked={declaration().accepted === true}
          error={acceptedError()}
          onChange={(accepted) => {
            form.edit('declaration', { accepted });
            form.touch('declaration.accepted');
          }}
        />
        <FormTextField
          path="declaration.signatoryName"
          label={t('form.declaration.signatoryName')}
          required
          value={declaration().signatoryName}
          onValue={(signatoryName) => form.edit('declaration', { signatoryName })}
          maxLength={120}
          autocomplete="name"
        />
        <FormTextField
          path="declaration.signatoryRole"
          label={t('form.declaration.signatoryRole')}
          hint={t('form.declaration.signatoryRoleHint')}
          required
          value={declaration().signatoryRole}
          onValue={(signatoryRole) => form.edit('declaration', { signatoryRole })}
          maxLength={120}
          autocomplete="organization-title"
        />
      </fieldset>
      <SubmitSection ready={check().ok} missing={check().errors.length} onSubmitErrors={props.onSubmitErrors} />
    </>
  );
}
