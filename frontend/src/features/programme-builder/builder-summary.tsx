import { useI18n } from '../../i18n';
import { ErrorSummary, type FormProblem } from '../../ui/error-summary';
import { useBuilder } from './builder-state';
import { fieldId, pathLabel } from './field-paths';
import { useProblemText } from './problem-text';

/** The id of the element nearest to `path` that is on the page (a duplicate question id points at the questions list). */
function anchorFor(path: string): string {
  const segments = path.split('.');
  while (segments.length > 1 && !document.getElementById(fieldId(segments.join('.')))) segments.pop();
  return fieldId(segments.join('.'));
}

function pagePosition(a: FormProblem, b: FormProblem): number {
  const first = document.getElementById(a.fieldId);
  const second = document.getElementById(b.fieldId);
  if (!first || !second || first === second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The form's problems above it, in the order of the fields on the page, each
 * naming its field ("Montant maximum : …") and linking to it. It takes focus on
 * every attempt that fails (the shared summary does that).
 */
export function BuilderSummary() {
  const { t } = useI18n();
  const state = useBuilder();
  const text = useProblemText();
  const problems = (): FormProblem[] =>
    state
      .problems()
      .map((problem) => ({
        fieldId: anchorFor(problem.path),
        message: t('builder.errorSummary.item', { field: pathLabel(problem.path, t), message: text(problem) }),
      }))
      .sort(pagePosition);
  return <ErrorSummary problems={problems()} focusKey={state.attempt()} />;
}
