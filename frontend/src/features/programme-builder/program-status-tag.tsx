import type { ProgramStatus } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';

/** A programme's status as a label: written out, the colour only helps scanning. */
export function ProgramStatusTag(props: { status: ProgramStatus }) {
  const { t } = useI18n();
  return <span class={`builder-tag builder-tag--${props.status}`}>{t(`builder.status.${props.status}`)}</span>;
}
