import { useI18n } from '../../i18n';
import { MessageThread } from '../../components/message-thread';

/**
 * The thread with the applicant, seen from the team's side: who wrote each
 * message (the applicant, or a named colleague), and a box to answer.
 */
export function StaffMessages(props: { applicationId: string; reloadKey: number; onSent: () => void }) {
  const { t } = useI18n();
  return (
    <section class="app-section" aria-labelledby="staff-messages-heading">
      <h2 id="staff-messages-heading">{t('app.messages')}</h2>
      <MessageThread applicationId={props.applicationId} viewer="staff" reloadKey={props.reloadKey} onSent={props.onSent} />
    </section>
  );
}
