/**
 * Binds a kit field to the application draft: its id comes from the field's path
 * (so error links land on it), its error from the shared validation once the
 * field was touched, and a change event leaving it marks it touched.
 */
import { useI18n } from '../../i18n';
import { useForm } from './form-context';
import { fieldId } from './form-paths';

/** The kit props of the field at `path`: spread them on a kit input. */
export function useFormField(props: { path: string; required?: boolean | undefined; localError?: string | undefined }) {
  const form = useForm();
  const { locale } = useI18n();
  return {
    get id() {
      return fieldId(props.path);
    },
    /** A problem the control itself found (an amount it cannot read) comes before the shared validation's. */
    get error() {
      return props.localError ?? form.errorFor(props.path)?.[locale()];
    },
    /** Both "(obligatoire)" and "(facultatif)" are written out in the application form. */
    get marker() {
      return props.required ? ('required' as const) : ('optional' as const);
    },
    onFieldChange: () => form.touch(props.path),
  };
}
