import { Show } from 'solid-js';
import { can } from '../../../../functions/src/domain/lifecycle';
import { useI18n } from '../../i18n';
import type { ApplicationView } from '../../lib/api';
import { editPath } from './application-status';
import { WithdrawControl } from './withdraw-dialog';

const OWNER = { role: 'applicant', isOwner: true, isAssigned: false } as const;

/**
 * What the applicant can do now, decided by the same lifecycle rules as the API:
 * carry on with a draft, or withdraw while the application is not decided. The
 * change-request notice carries its own "Modifier ma demande".
 */
export function ApplicationActions(props: { view: ApplicationView; onWithdrawn: () => void }) {
  const { t } = useI18n();
  const status = () => props.view.application.status;
  return (
    <Show when={(props.view.editable && status() === 'draft') || can(status(), 'withdraw', OWNER)}>
      <div class="button-row app-actions">
        <Show when={props.view.editable && status() === 'draft'}>
          <a class="button" href={editPath(props.view.application.id)}>
            {t('app.continue')}
          </a>
        </Show>
        <Show when={can(status(), 'withdraw', OWNER)}>
          <WithdrawControl applicationId={props.view.application.id} onWithdrawn={props.onWithdrawn} />
        </Show>
      </div>
    </Show>
  );
}
