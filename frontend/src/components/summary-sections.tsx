import type { Application } from '../../../functions/src/domain/application';
import type { Program } from '../../../functions/src/domain/program';
import { formatSiret } from '../../../functions/src/domain/siret';
import { useI18n } from '../i18n';
import { SummaryList, type SummaryRow } from './summary-list';
import { formatNumber, formatParisDate } from '../../../functions/src/domain/format';

/** The non-empty parts, joined; null when nothing is left. */
const join = (separator: string, ...parts: (string | null | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part?.trim())).join(separator) || null;

/** The organisation as declared: identity, address and the person to contact. */
export function OrganisationSummary(props: { application: Pick<Application, 'organisation'> }) {
  const { locale, t } = useI18n();
  const rows = (): SummaryRow[] => {
    const o = props.application.organisation;
    return [
      { label: t('app.org.name'), value: o.name },
      { label: t('app.org.legalForm'), value: o.legalForm ? t(`legalForm.${o.legalForm}`) : null },
      { label: t('app.org.siret'), value: o.siret ? formatSiret(o.siret) : null },
      { label: t('app.org.creationDate'), value: o.creationDate ? formatParisDate(o.creationDate, locale()) : null },
      { label: t('app.org.address'), value: join(', ', o.street, join(' ', o.postcode, o.city)) },
      { label: t('app.org.contact'), value: join(', ', o.contactName, o.contactRole) },
      { label: t('app.org.email'), value: o.contactEmail },
      { label: t('app.org.phone'), value: o.contactPhone },
      { label: t('app.org.website'), value: o.website },
    ];
  };
  return <SummaryList rows={rows()} />;
}

/** The project: what, for whom, where, when, and the jobs at stake. */
export function ProjectSummary(props: { application: Pick<Application, 'project'>; program: Program | undefined }) {
  const { locale, t } = useI18n();
  const rows = (): SummaryRow[] => {
    const p = props.application.project;
    const commune = props.program?.rules.territory.communes.find((candidate) => candidate.insee === p.communeInsee);
    const count = (value: number | undefined) => (value === undefined ? null : formatNumber(value, locale()));
    return [
      { label: t('app.project.title'), value: p.title },
      { label: t('app.project.summary'), value: p.summary },
      { label: t('app.project.essDimension'), value: p.essDimension },
      { label: t('app.project.beneficiaries'), value: p.beneficiaries },
      { label: t('app.project.stage'), value: p.stage ? t(`elig.stage.${p.stage}`) : null },
      { label: t('app.project.commune'), value: commune ? `${commune.name} (${commune.postcode})` : p.communeInsee },
      { label: t('app.project.startDate'), value: p.startDate ? formatParisDate(p.startDate, locale()) : null },
      { label: t('app.project.jobsCreated'), value: count(p.jobsCreated) },
      { label: t('app.project.jobsMaintained'), value: count(p.jobsMaintained) },
    ];
  };
  return <SummaryList rows={rows()} />;
}

/** The programme's own questions, labelled as the programme words them; yes/no reads "Oui"/"Non". */
export function AnswersSummary(props: { application: Pick<Application, 'answers'>; program: Program }) {
  const { locale, t } = useI18n();
  const rows = (): SummaryRow[] =>
    props.program.questions.map((question) => {
      const value = props.application.answers[question.id];
      const label = question.label[locale()];
      if (value === null || value === undefined || value === '') return { label, value: null };
      if (typeof value === 'boolean') return { label, value: value ? t('journey.yes') : t('journey.no') };
      if (typeof value === 'number') return { label, value: formatNumber(value, locale()) };
      if (question.type === 'choice')
        return { label, value: question.options?.find((option) => option.value === value)?.label[locale()] ?? value };
      return { label, value: question.type === 'date' ? formatParisDate(value, locale()) : value };
    });
  return <SummaryList rows={rows()} />;
}
