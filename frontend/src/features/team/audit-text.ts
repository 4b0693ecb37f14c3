/**
 * An account's audit event in words: what happened, and each changed field as
 * "Rôle : Instructeur ou instructrice → Gestionnaire", with roles and statuses
 * named in the reader's language rather than as stored codes.
 */
import type { AuditEvent } from '../../../../functions/src/domain/audit';
import type { I18n, MessageKey } from '../../i18n';

const FIELD_LABELS: Record<string, MessageKey> = {
  role: 'team.field.role',
  status: 'team.field.status',
  displayName: 'team.field.displayName',
  email: 'team.field.email',
};

const VALUE_LABELS: Record<string, Record<string, MessageKey>> = {
  role: { applicant: 'team.role.applicant', reviewer: 'team.role.reviewer', manager: 'team.role.manager' },
  status: { active: 'team.status.active', disabled: 'team.status.disabled' },
};

/** "Invitation" or "Modification". */
export function auditTitle({ t }: I18n, event: AuditEvent): string {
  return t(event.type === 'user_invited' ? 'team.history.invited' : 'team.history.updated');
}

function valueText({ t }: I18n, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('team.history.empty');
  const key = typeof value === 'string' ? VALUE_LABELS[field]?.[value] : undefined;
  return key ? t(key) : typeof value === 'string' ? value : JSON.stringify(value);
}

/** One line per changed field; on creation (no "before") only the value given. */
export function auditChanges(i18n: I18n, event: AuditEvent): string[] {
  return event.changed.map((field) => {
    const labelKey = FIELD_LABELS[field];
    const label = labelKey ? i18n.t(labelKey) : field;
    const after = valueText(i18n, field, event.after?.[field]);
    if (event.before === null) return i18n.t('team.history.set', { field: label, after });
    return i18n.t('team.history.change', { field: label, before: valueText(i18n, field, event.before[field]), after });
  });
}
