/** Step 2: the project, what makes it social and solidarity economy, where and when it happens. */
import { PROJECT_STAGES } from '../../../../../functions/src/domain/program';
import type { ProjectDraft } from '../../../../../functions/src/domain/application';
import { useI18n } from '../../../i18n';
import { FormRadios, FormSelect } from '../choice-fields';
import { useForm } from '../form-context';
import { FormNumberField } from '../number-fields';
import { FormTextArea, FormTextField } from '../text-fields';

/** The commune list is the programme's territory, sorted by name, so the project can only be placed inside it. */
export function ProjectStep() {
  const form = useForm();
  const { locale, t } = useI18n();
  const project = () => form.draft.project;
  const set = (patch: ProjectDraft) => form.edit('project', patch);
  const collator = () => new Intl.Collator(locale());
  const communes = () =>
    [...form.program.rules.territory.communes]
      .sort((a, b) => collator().compare(a.name, b.name))
      .map((commune) => ({ value: commune.insee, label: `${commune.name} (${commune.postcode})` }));
  const long = (key: 'summary' | 'essDimension' | 'beneficiaries', maxLength: number, minLength: number) => ({
    path: `project.${key}`,
    label: t(`form.project.${key}`),
    hint: t(`form.project.${key}Hint`),
    value: project()[key],
    onValue: (value: string) => set({ [key]: value }),
    required: true,
    maxLength,
    minLength,
  });
  return (
    <>
      <FormTextField
        path="project.title"
        label={t('form.project.title')}
        hint={t('form.project.titleHint')}
        required
        value={project().title}
        onValue={(title) => set({ title })}
        maxLength={200}
      />
      <FormTextArea {...long('summary', 2000, 20)} />
      <FormTextArea {...long('essDimension', 4000, 20)} />
      <FormTextArea {...long('beneficiaries', 2000, 10)} />
      <FormRadios
        path="project.stage"
        label={t('form.project.stage')}
        required
        options={PROJECT_STAGES.map((value) => ({ value, label: t(`form.project.stage.${value}`) }))}
        value={project().stage}
        onValue={(stage) => set({ stage })}
      />
      <FormSelect
        path="project.communeInsee"
        label={t('form.project.communeInsee')}
        hint={t('form.project.communeHint', { territory: form.program.rules.territory.name })}
        required
        options={communes()}
        value={project().communeInsee}
        onValue={(communeInsee) => set({ communeInsee })}
      />
      <FormTextField
        path="project.startDate"
        label={t('form.project.startDate')}
        required
        type="date"
        value={project().startDate}
        onValue={(value) => set({ startDate: value === '' ? undefined : value })}
        maxLength={10}
        width="short"
      />
      <fieldset class="form-section">
        <legend class="form-section__title">{t('form.project.jobs')}</legend>
        <p class="form-section__intro">{t('form.project.jobsIntro')}</p>
        <FormNumberField
          path="project.jobsCreated"
          label={t('form.project.jobsCreated')}
          required
          integer
          max={10_000}
          value={project().jobsCreated}
          onValue={(jobsCreated) => set({ jobsCreated })}
        />
        <FormNumberField
          path="project.jobsMaintained"
          label={t('form.project.jobsMaintained')}
          required
          integer
          max={10_000}
          value={project().jobsMaintained}
          onValue={(jobsMaintained) => set({ jobsMaintained })}
        />
      </fieldset>
    </>
  );
}
