/**
 * The deadline check that submission and upload declaration share: one domain rule
 * (acceptsSubmissionsAt, with the draft's grace), one refusal naming the deadline.
 */
import type { Application } from '../domain/application';
import { ConflictError, type Bilingual } from '../domain/errors';
import { formatDeadline } from '../domain/format';
import { acceptsSubmissionsAt, closingEnd, draftGraceMs, type ProgramWindow } from '../domain/program-window';

const NOT_ACCEPTING: Bilingual = {
  fr: 'Cet appel à projets n’accepte pas de demandes en ce moment.',
  en: 'This call is not accepting applications at the moment.',
};

/** "… la date limite de dépôt était le 8 mars 2027 à 23 h 59, heure de Paris." */
export function deadlinePassed(closesAt: string): Bilingual {
  return {
    fr: `Cet appel à projets n’accepte plus de demandes : la date limite de dépôt était le ${formatDeadline(closesAt, 'fr')}.`,
    en: `This call no longer accepts applications: the deadline was ${formatDeadline(closesAt, 'en')}.`,
  };
}

/** The grace this application gets after the deadline: the configured one if it existed before. */
export function graceFor(program: ProgramWindow, application: Pick<Application, 'createdAt'>, graceMs: number): number {
  return draftGraceMs(program, application.createdAt, graceMs);
}

/** Throws a 409 naming the deadline unless the programme still takes this application's submission or upload at `now`. */
export function assertAcceptsSubmissions(
  program: ProgramWindow,
  application: Pick<Application, 'createdAt' | 'version'>,
  now: Date,
  graceMs: number,
): void {
  if (acceptsSubmissionsAt(program, now, graceFor(program, application, graceMs))) return;
  const passed = program.status !== 'draft' && now.getTime() >= closingEnd(program.closesAt);
  throw new ConflictError(passed ? deadlinePassed(program.closesAt) : NOT_ACCEPTING, application.version);
}
