import type { RubricCriterion } from '../../../../functions/src/domain/program';
import { weightedScore, type CriterionScore } from '../../../../functions/src/domain/scoring';
import { useI18n } from '../../i18n';
import { Dialog, type DialogControl } from '../../ui/dialog';
import { formatScore } from '../../lib/review-format';

/**
 * "Transmettre votre évaluation ?": the last look before the review locks, with
 * the weighted score the scores give, computed by the same function as the API's.
 */
export function TransmitDialog(props: {
  rubric: RubricCriterion[];
  scores: Record<string, CriterionScore>;
  pending: boolean;
  onConfirm: () => void;
  control: (control: DialogControl) => void;
}) {
  const { locale, t } = useI18n();
  return (
    <Dialog
      id="transmit-review"
      title={t('review.rubric.confirmTitle')}
      confirmLabel={t('review.rubric.confirm')}
      pending={props.pending}
      onConfirm={props.onConfirm}
      control={props.control}
    >
      <p>{t('review.rubric.confirmText')}</p>
      <p class="review-sheet__score">
        {t('review.score.weighted', { score: formatScore(weightedScore(props.rubric, props.scores), locale()) })}
      </p>
    </Dialog>
  );
}
