import { createUniqueId } from 'solid-js';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/dialog';

/**
 * The confirmation before deactivating an account: it says that the person's
 * sessions end at once; an API refusal shows inside it so the manager reads it
 * where they acted.
 */
export function DeactivateDialog(props: {
  name: string;
  open: boolean;
  pending: boolean;
  error: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = `deactivate-${createUniqueId()}`;
  return (
    <Dialog
      id={id}
      title={t('team.deactivate.title', { name: props.name })}
      open={props.open}
      pending={props.pending}
      error={props.error}
      danger
      confirmLabel={t('team.deactivate.confirm')}
      pendingLabel={t('team.deactivate.pending')}
      cancelLabel={t('team.deactivate.cancel')}
      onConfirm={() => props.onConfirm()}
      onClose={() => props.onClose()}
    >
      <p>{t('team.deactivate.text', { name: props.name })}</p>
    </Dialog>
  );
}
