import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { ApiError } from '../../lib/api';
import type { StaffUser } from '../../lib/staff-api';
import { problemMessage } from '../../lib/problem-message';
import { inviteAction, type StaffRole } from './team-actions';
import { RoleChoice } from './role-choice';
import { TextField } from '../../ui/text-field';

type InviteField = 'email' | 'displayName';

/**
 * "Inviter une personne": email, name and role. The API creates the account (or
 * gives an existing one the role) and emails the invitation; the new person is
 * handed to the list and a confirmation takes focus. On a refusal the answers
 * stay as typed, with the API's message beside the field concerned.
 */
export function InviteForm(props: { onInvited: (user: StaffUser) => void }) {
  const { locale, t } = useI18n();
  const invite = useAction(inviteAction);
  const submission = useSubmission(inviteAction);
  const [email, setEmail] = createSignal('');
  const [displayName, setDisplayName] = createSignal('');
  const [role, setRole] = createSignal<StaffRole>('reviewer');
  const [errors, setErrors] = createSignal<Partial<Record<InviteField, string>>>({});
  const [failure, setFailure] = createSignal<string>();
  const [invited, setInvited] = createSignal<StaffUser>();
  const inputs: Partial<Record<InviteField, HTMLInputElement>> = {};
  let confirmation: HTMLDivElement | undefined;

  const localErrors = (): Partial<Record<InviteField, string>> => ({
    ...(email().trim() === ''
      ? { email: t('team.invite.emailMissing') }
      : !email().includes('@')
        ? { email: t('team.invite.emailInvalid') }
        : {}),
    ...(displayName().trim().length < 2 ? { displayName: t('team.invite.nameMissing') } : {}),
  });
  const show = (found: Partial<Record<InviteField, string>>) => {
    setErrors(found);
    const first = (['email', 'displayName'] as const).find((field) => found[field]);
    if (first) inputs[first]?.focus();
    return first !== undefined;
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setInvited(undefined);
    if (show(localErrors())) return;
    try {
      const user = await invite({ email: email().trim(), displayName: displayName().trim(), role: role() });
      props.onInvited(user);
      setInvited(user);
      setEmail('');
      setDisplayName('');
      setRole('reviewer');
      confirmation?.focus();
    } catch (error) {
      const fields = error instanceof ApiError ? error.errors : [];
      const byField = (field: InviteField) => fields.find((problem) => problem.path === `body.${field}`)?.message[locale()];
      const found = { email: byField('email'), displayName: byField('displayName') };
      if (!show(found)) setFailure(problemMessage(error, locale(), t('status.unavailable')));
    }
  };
  return (
    <form class="invite-form" novalidate onSubmit={(event) => void submit(event)}>
      <div ref={confirmation} tabindex="-1" role="status" class="invite-form__status">
        <Show when={invited()}>
          {(user) => (
            <div class="callout callout--success">
              <p class="callout__title">{t('team.invite.sent', { email: user().email })}</p>
              <p>{t('team.invite.sentText', { name: user().displayName })}</p>
            </div>
          )}
        </Show>
      </div>
      <Show when={failure()}>
        <div class="alert alert--error" role="alert">
          <p class="alert__title">{t('team.invite.failed')}</p>
          <p>{failure()}</p>
        </div>
      </Show>
      <div class="invite-form__fields">
        <TextField
          spellcheck={false}
          id="invite-email"
          label={t('team.invite.email')}
          type="email"
          value={email()}
          onInput={setEmail}
          error={errors().email}
          ref={(el) => (inputs.email = el)}
        />
        <TextField
          spellcheck={false}
          id="invite-name"
          label={t('team.invite.name')}
          hint={t('team.invite.nameHint')}
          type="text"
          value={displayName()}
          onInput={setDisplayName}
          error={errors().displayName}
          ref={(el) => (inputs.displayName = el)}
        />
      </div>
      <RoleChoice value={role()} onChange={setRole} />
      <button type="submit" class="button" disabled={submission.pending}>
        {submission.pending ? t('team.invite.sending') : t('team.invite.submit')}
      </button>
    </form>
  );
}
