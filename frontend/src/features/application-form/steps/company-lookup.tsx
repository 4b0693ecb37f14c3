/**
 * "Remplir depuis le répertoire SIRENE", under the SIRET of the organisation step. Once
 * the SIRET is valid, one button asks the register (GET /api/companies/:siret) and fills
 * the name, legal form, address and creation date: empty fields at once, fields the person
 * already typed only after they confirm. The outcome is announced politely; a failure says
 * the person can type the fields, and nothing ever blocks the form.
 */
import { createEffect, createSignal, on, Show } from 'solid-js';
import type { OrganisationDraft } from '../../../../../functions/src/domain/application';
import { isValidSiret, normalizeSiret } from '../../../../../functions/src/domain/siret';
import { useI18n } from '../../../i18n';
import { lookupCompany, type Company } from '../../../lib/api';
import './company-lookup.css';

type Group = 'name' | 'legalForm' | 'address' | 'creationDate';
const GROUPS: readonly Group[] = ['name', 'legalForm', 'address', 'creationDate'];

const blank = (value: string | null | undefined) => value === undefined || value === null || value.trim() === '';

/** What the register would write, per group; a group it has nothing for is left out. */
function changesFrom(company: Company, withCreationDate: boolean): Partial<Record<Group, OrganisationDraft>> {
  const changes: Partial<Record<Group, OrganisationDraft>> = { name: { name: company.name } };
  if (company.legalForm) changes.legalForm = { legalForm: company.legalForm };
  if (company.street && company.postcode && company.city) {
    changes.address = { street: company.street, postcode: company.postcode, city: company.city };
  }
  if (withCreationDate && company.creationDate) changes.creationDate = { creationDate: company.creationDate };
  return changes;
}

/** Whether the draft already holds something else for the group (then the person confirms). */
function differs(org: OrganisationDraft, group: Group, change: OrganisationDraft): 'empty' | 'same' | 'other' {
  const keys = Object.keys(change) as (keyof OrganisationDraft)[];
  if (keys.every((k) => change[k] === org[k])) return 'same';
  if (group === 'legalForm') return org.legalForm === undefined ? 'empty' : 'other';
  return keys.every((k) => blank(org[k] as string | null | undefined)) ? 'empty' : 'other';
}

export function CompanyLookup(props: { organisation: () => OrganisationDraft; set: (patch: OrganisationDraft) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [failed, setFailed] = createSignal(false);
  const [pending, setPending] = createSignal<{ patch: OrganisationDraft; groups: Group[] } | null>(null);
  const siret = () => props.organisation().siret ?? '';
  // Another SIRET: what was said or asked about the previous one no longer holds.
  createEffect(
    on(
      () => normalizeSiret(siret()),
      () => {
        setPending(null);
        setFailed(false);
        setStatus('');
      },
      { defer: true },
    ),
  );
  const listed = (groups: readonly Group[]) => groups.map((g) => t(`form.lookup.field.${g}`)).join(', ');

  async function fill() {
    setBusy(true);
    setFailed(false);
    setPending(null);
    setStatus(t('form.lookup.busy'));
    try {
      const company = await lookupCompany(normalizeSiret(siret()));
      const org = props.organisation();
      const changes = changesFrom(company, org.legalForm !== 'en_creation' && company.legalForm !== null);
      const now: OrganisationDraft = {};
      const filled: Group[] = [];
      const later: OrganisationDraft = {};
      const conflicting: Group[] = [];
      for (const group of GROUPS) {
        const change = changes[group];
        if (!change) continue;
        const state = differs(org, group, change);
        if (state === 'empty') {
          Object.assign(now, change);
          filled.push(group);
        } else if (state === 'other') {
          Object.assign(later, change);
          conflicting.push(group);
        }
      }
      if (filled.length > 0) props.set(now);
      if (conflicting.length > 0) setPending({ patch: later, groups: conflicting });
      const messages = [
        filled.length > 0 ? t('form.lookup.filled', { fields: listed(filled) }) : '',
        conflicting.length > 0 ? t('form.lookup.confirm', { fields: listed(conflicting) }) : '',
      ].filter((m) => m !== '');
      setStatus(messages.length > 0 ? messages.join(' ') : t('form.lookup.nothingToFill'));
    } catch {
      // Unknown, unanswered, refused or offline: the same for the person, who types the fields.
      setFailed(true);
      setStatus(t('form.lookup.failed'));
    } finally {
      setBusy(false);
    }
  }

  function replace() {
    const choice = pending();
    if (!choice) return;
    props.set(choice.patch);
    setPending(null);
    setStatus(t('form.lookup.filled', { fields: listed(choice.groups) }));
  }

  function keep() {
    setPending(null);
    setStatus(t('form.lookup.kept'));
  }

  return (
    <Show when={isValidSiret(siret())}>
      <div class="company-lookup">
        <p class="company-lookup__hint" id="company-lookup-hint">
          {t('form.lookup.hint')}
        </p>
        <button
          type="button"
          class="button button--secondary company-lookup__button"
          aria-describedby="company-lookup-hint"
          disabled={busy()}
          onClick={() => void fill()}
        >
          {t('form.lookup.button')}
        </button>
        <p
          class="company-lookup__status"
          classList={{ 'company-lookup__status--failed': failed() }}
          id="company-lookup-status"
          role="status"
        >
          {status()}
        </p>
        <Show when={pending()}>
          <div class="button-row company-lookup__actions">
            <button type="button" class="button button--secondary" aria-describedby="company-lookup-status" onClick={replace}>
              {t('form.lookup.replace')}
            </button>
            <button type="button" class="button button--secondary" aria-describedby="company-lookup-status" onClick={keep}>
              {t('form.lookup.keep')}
            </button>
          </div>
        </Show>
      </div>
    </Show>
  );
}
