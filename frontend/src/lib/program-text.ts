/**
 * Sentences describing a programme ("Du 1 novembre 2026 au 28 février 2027 à 23 h 59, heure de Paris",
 * "De 1 000 € à 30 000 €"), shared by the home cards and the programme page so
 * both always say the same thing.
 */
import type { I18n } from '../i18n';
import { formatDeadline, formatEuros, formatParisDate, formatPercent } from '../../../functions/src/domain/format';

/**
 * The application window: the opening day, and the deadline with its minute and time
 * zone ("Du 1 novembre 2026 au 8 mars 2027 à 23 h 59, heure de Paris"), which is included.
 */
export function describeDates({ locale, t }: I18n, opensAt: string, closesAt: string): string {
  return t('program.dates', { start: formatParisDate(opensAt, locale()), end: formatDeadline(closesAt, locale()) });
}

/** The grant range; a zero minimum reads better as "up to". */
export function describeAmounts({ locale, t }: I18n, minCents: number, maxCents: number): string {
  const max = formatEuros(maxCents, locale());
  return minCents > 0 ? t('program.amounts', { min: formatEuros(minCents, locale()), max }) : t('program.amountsUpTo', { max });
}

/** The co-financing cap, as a share of the project budget. */
export function describeShare({ locale, t }: I18n, percent: number): string {
  return t('program.share', { percent: formatPercent(percent, locale()) });
}
