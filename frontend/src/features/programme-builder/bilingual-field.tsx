import type { LocalizedText } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { BuilderTextField } from './builder-fields';

/**
 * A text the portal shows in both languages: French then English, side by side
 * on a wide screen. Each field is labelled with its language, so an error on the
 * English title reads "Titre (anglais)" wherever it is listed.
 */
export function BilingualField(props: {
  path: string;
  label: string;
  value: LocalizedText;
  onInput: (language: 'fr' | 'en', value: string) => void;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  maxLength?: number;
}) {
  const { t } = useI18n();
  const field = (language: 'fr' | 'en') => (
    <BuilderTextField
      path={`${props.path}.${language}`}
      label={`${props.label} (${t(language === 'fr' ? 'builder.lang.fr' : 'builder.lang.en')})`}
      hint={language === 'fr' ? props.hint : undefined}
      value={props.value[language]}
      onInput={(value) => props.onInput(language, value)}
      optional={props.optional}
      multiline={props.multiline}
      maxLength={props.maxLength}
    />
  );
  return (
    <div class="builder-pair">
      {field('fr')}
      {field('en')}
    </div>
  );
}
