/**
 * The state of one document slot's upload: what is being sent and how far, the
 * last problem, and the document just settled (so its verdict is announced once).
 */
import { createSignal } from 'solid-js';
import { isUsable, type ApplicationDocument } from '../../../../../functions/src/domain/application';
import type { DocumentType } from '../../../../../functions/src/domain/program';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api';
import { declaredContentType, precheckFile, uploadDocument } from '../form-upload';
import { useForm } from '../form-context';
import { usePrecheckMessage } from './precheck-message';

/** One slot's upload state and its `send(input)` action. */
export function useDocumentUpload(type: () => DocumentType) {
  const form = useForm();
  const { locale, t } = useI18n();
  const precheckMessage = usePrecheckMessage();
  const [sending, setSending] = createSignal<{ filename: string; fraction: number | null }>();
  const [problem, setProblem] = createSignal<string>();
  const [freshId, setFreshId] = createSignal<string>();
  const [verified, setVerified] = createSignal('');

  /** Mirrors the server: a verified document replaces the earlier ones of its type, except "autre". */
  const settle = (document: ApplicationDocument) => {
    const others = form.documents().filter((d) => d.id !== document.id);
    const replaces = document.status === 'verified' && document.scan !== 'infected' && document.type !== 'autre';
    const kept = replaces ? others.filter((d) => d.type !== document.type) : others;
    form.setDocuments([...kept, document]);
    setFreshId(document.id);
    setVerified(isUsable(document) ? t('form.documents.verifiedAnnounce', { filename: document.filename }) : '');
  };

  /**
   * Sends the file chosen in `input`, after the checks the browser can make. The
   * picker stays enabled during an upload (disabling it would drop keyboard focus),
   * so a second choice meanwhile is ignored.
   */
  const send = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || sending()) return;
    setProblem(undefined);
    setVerified('');
    const precheck = precheckFile(file, form.program.maxFileSizeBytes);
    const contentType = declaredContentType(file);
    if (precheck || !contentType) return setProblem(precheckMessage(file, precheck ?? { reason: 'type' }));
    setSending({ filename: file.name, fraction: null });
    try {
      const document = await uploadDocument({
        applicationId: form.applicationId,
        type: type(),
        file,
        contentType,
        onPhase: (phase) => setSending({ filename: file.name, fraction: phase.kind === 'uploading' ? phase.fraction : 1 }),
      });
      settle(document);
    } catch (caught) {
      const detail = caught instanceof ApiError && caught.status > 0 ? caught.detailI18n?.[locale()] : undefined;
      setProblem(detail ?? t('form.documents.uploadFailed', { filename: file.name }));
    } finally {
      setSending(undefined);
    }
  };

  return { sending, problem, setProblem, freshId, verified, send, settle };
}
