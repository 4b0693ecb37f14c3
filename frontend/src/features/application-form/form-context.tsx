/**
 * Hands the form state to every step and field without threading props through
 * each level; one provider per open application.
 */
import { createContext, useContext, type ParentProps } from 'solid-js';
import type { FormState } from './form-state';

const FormContext = createContext<FormState>();

/** Makes `form` available to every step and field below. */
export function FormProvider(props: ParentProps<{ form: FormState }>) {
  return <FormContext.Provider value={props.form}>{props.children}</FormContext.Provider>;
}

/** The open application's state; throws outside a provider to surface wiring mistakes early. */
export function useForm(): FormState {
  const form = useContext(FormContext);
  if (!form) throw new Error('useForm() must be called inside <FormProvider>');
  return form;
}
