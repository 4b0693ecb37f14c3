import { For, Show } from 'solid-js';
import { useI18n } from '../i18n';
import type { StaffUser } from '../lib/staff-api';
import { FieldGroup } from '../ui/field';
import './reviewer-picker.css';

/**
 * Tick boxes for choosing reviewers, under a legend, each named with the
 * person's role in words. The first box carries `id`, so an error link or a
 * focus after a failed check lands on the group.
 */
export function ReviewerPicker(props: {
  id: string;
  legend: string;
  hint?: string;
  people: StaffUser[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const toggle = (userId: string, on: boolean) =>
    props.onChange(on ? [...props.selected, userId] : props.selected.filter((selected) => selected !== userId));
  return (
    <FieldGroup id={props.id} class="picker" label={props.legend} hint={props.hint} error={props.error}>
      {(control) => (
        <Show when={props.people.length > 0} fallback={<p class="muted">{t('review.assign.nobody')}</p>}>
          <div class="form-radios form-radios--cards picker__list">
            <For each={props.people}>
              {(person, index) => {
                const boxId = () => (index() === 0 ? control.id : `${control.id}-${person.id}`);
                return (
                  <div class="form-checkbox">
                    <input
                      id={boxId()}
                      type="checkbox"
                      checked={props.selected.includes(person.id)}
                      aria-invalid={control.invalid}
                      onChange={(event) => toggle(person.id, event.currentTarget.checked)}
                    />
                    <label for={boxId()}>
                      {person.displayName} <span class="picker__role">({t(`review.role.${person.role}`)})</span>
                    </label>
                  </div>
                );
              }}
            </For>
          </div>
        </Show>
      )}
    </FieldGroup>
  );
}
