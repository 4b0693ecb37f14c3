import { useI18n } from '../../i18n';
import type { ReviewSubject } from '../../lib/staff-api';
import { SummaryList } from '../../components/summary-list';
import { formatEuros } from '../../../../functions/src/domain/format';

/**
 * What a reviewer may see before declaring: the file's reference, who applies,
 * for what and how much, which is enough to recognise a conflict of interest.
 */
export function ReviewSubjectFacts(props: { subject: ReviewSubject }) {
  const { locale, t } = useI18n();
  return (
    <SummaryList
      rows={[
        { label: t('review.subject.reference'), value: props.subject.reference },
        { label: t('review.subject.organisation'), value: props.subject.organisationName },
        { label: t('review.subject.project'), value: props.subject.projectTitle },
        {
          label: t('review.subject.amount'),
          value: props.subject.amountRequestedCents === null ? null : formatEuros(props.subject.amountRequestedCents, locale()),
        },
      ]}
    />
  );
}
