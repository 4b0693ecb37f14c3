/** Plain sentences for the checks made before an upload, naming the file and the limit. */
import { FILE_KINDS } from '../../../../../functions/src/domain/file-type';
import { useI18n } from '../../../i18n';
import type { PrecheckProblem } from '../form-upload';
import { formatMegabytes } from '../../../../../functions/src/domain/format';

/** The accepted formats as applicants know them: "PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX". */
export const ACCEPTED_FORMATS = Object.values(FILE_KINDS)
  .map((kind) => kind.short)
  .join(', ');

/** Returns a function that words a pre-upload problem in the current language. */
export function usePrecheckMessage() {
  const { locale, t } = useI18n();
  return (file: { name: string; size: number }, problem: PrecheckProblem): string => {
    switch (problem.reason) {
      case 'empty':
        return t('form.documents.empty', { filename: file.name });
      case 'too_large':
        return t('form.documents.tooLarge', {
          filename: file.name,
          size: formatMegabytes(file.size, locale()),
          max: formatMegabytes(problem.maxBytes, locale()),
        });
      case 'type':
        return t('form.documents.badType', { filename: file.name, formats: ACCEPTED_FORMATS });
    }
  };
}
