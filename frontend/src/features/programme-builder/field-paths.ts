/**
 * How a field of the builder is named: its element id, from the dotted path the
 * API uses (`rules.maxAmountCents` → `pb-rules-maxAmountCents`), and its label
 * for the error summary and the history ("Question 2 — Libellé (anglais)"), so
 * a message listed far from its field still says which field it is about.
 */
import type { MessageKey } from '../../i18n';

/** Id of the element that shows the field at `path`. */
export function fieldId(path: string): string {
  return `pb-${path.replace(/\./g, '-')}`;
}

/** Labels of the fields, by path with item numbers replaced by `#`. */
const LABELS: Record<string, MessageKey> = {
  id: 'builder.id.label',
  status: 'builder.status.label',
  referencePrefix: 'builder.prefix.label',
  contactEmail: 'builder.contact.label',
  title: 'builder.title.label',
  summary: 'builder.summary.label',
  description: 'builder.description.label',
  opensAt: 'builder.opens.label',
  closesAt: 'builder.closes.label',
  envelopeCents: 'builder.envelope.label',
  rules: 'builder.rules.legend',
  'rules.legalForms': 'builder.legalForms.legend',
  'rules.stages': 'builder.stages.legend',
  'rules.territory': 'builder.territory.legend',
  'rules.territory.name': 'builder.territoryName.label',
  'rules.territory.communes': 'builder.communes.label',
  'rules.minAmountCents': 'builder.minAmount.label',
  'rules.maxAmountCents': 'builder.maxAmount.label',
  'rules.maxShareOfBudgetPercent': 'builder.maxShare.label',
  'rules.organisationAgeMonths': 'builder.age.legend',
  'rules.organisationAgeMonths.min': 'builder.ageMin.label',
  'rules.organisationAgeMonths.max': 'builder.ageMax.label',
  'rules.siretRequired': 'builder.siret.label',
  questions: 'builder.questions.legend',
  'questions.#.id': 'builder.question.id',
  'questions.#.type': 'builder.question.type',
  'questions.#.label': 'builder.question.label',
  'questions.#.help': 'builder.question.help',
  'questions.#.required': 'builder.question.required',
  'questions.#.options': 'builder.options.legend',
  'questions.#.options.#.value': 'builder.option.value',
  'questions.#.options.#.label': 'builder.option.label',
  documents: 'builder.documents.legend',
  'documents.#.help': 'builder.document.help',
  maxFileSizeBytes: 'builder.maxFileSize.label',
  rubric: 'builder.rubric.legend',
  'rubric.#.id': 'builder.criterion.id',
  'rubric.#.label': 'builder.criterion.label',
  'rubric.#.description': 'builder.criterion.description',
  'rubric.#.weight': 'builder.criterion.weight',
};

/** Which item a numbered segment is, by the list it belongs to. */
const ITEM_KEYS: Record<string, MessageKey> = {
  questions: 'builder.question.legend',
  options: 'builder.option.legend',
  rubric: 'builder.criterion.legend',
};

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The field's label for a reader: its items ("Question 2"), the field, and the
 * language of a bilingual text. Unknown tails fall back on the nearest known field.
 */
export function pathLabel(path: string, t: Translate): string {
  const segments = path.split('.');
  const language = segments.at(-1) === 'fr' || segments.at(-1) === 'en' ? segments.pop() : undefined;
  const items: string[] = [];
  const pattern = segments.map((segment, index) => {
    const list = segments[index - 1] ?? '';
    if (/^\d+$/.test(segment) && ITEM_KEYS[list]) {
      items.push(t(ITEM_KEYS[list], { n: Number(segment) + 1 }));
      return '#';
    }
    if (list === 'documents') {
      items.push(t(`document.${segment}` as MessageKey));
      return '#';
    }
    return segment;
  });
  let key: MessageKey | undefined = LABELS[pattern.join('.')];
  while (pattern.length > 0 && !key) {
    pattern.pop();
    key = LABELS[pattern.join('.')];
  }
  const field = key ? t(key) : path;
  const withLanguage = language ? `${field} (${t(language === 'fr' ? 'builder.lang.fr' : 'builder.lang.en')})` : field;
  return [...items, withLanguage].join(' — ');
}
