/**
 * The manager's view of a programme: counts by status, money against the envelope,
 * the envelope used over time, the ranking by weighted score, the files still
 * missing reviews, and the CSV export. Everything is read with Queries on the
 * programme's status indexes, page by page; the export is written to the bucket as it
 * reads, and the manager gets a link to it.
 */
import { randomUUID } from 'node:crypto';
import type { Application } from '../domain/application';
import { UTF8_BOM, csvLine } from '../domain/csv';
import { NotFoundError } from '../domain/errors';
import { PARIS_TIME_ZONE } from '../domain/format';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../domain/lifecycle';
import type { Deps } from '../deps';

/** Where exports are written; a lifecycle rule deletes them after a day (infra/constructs/documents-bucket.ts). */
export const EXPORT_PREFIX = 'exports/';
/** How long the link to an export works: enough for the browser to follow it at once. */
export const EXPORT_LINK_SECONDS = 5 * 60;
const CSV_TYPE = 'text/csv; charset=utf-8';

const COMMITTED: readonly ApplicationStatus[] = ['submitted', 'in_review', 'changes_requested', 'approved'];
const UNDER_REVIEW: readonly ApplicationStatus[] = ['submitted', 'in_review'];

const STATUS_FR: Record<ApplicationStatus, string> = {
  draft: 'Brouillon',
  submitted: 'Déposée',
  in_review: 'En instruction',
  changes_requested: 'Modifications demandées',
  approved: 'Acceptée',
  rejected: 'Refusée',
  withdrawn: 'Retirée',
};

export type RankingEntry = {
  id: string;
  reference: string | null;
  organisationName: string | null;
  projectTitle: string | null;
  status: ApplicationStatus;
  score: number | null;
  disagreement: string[];
  amountRequestedCents: number | null;
  reviewerCount: number;
};

export type Dashboard = {
  programId: string;
  counts: Record<ApplicationStatus, number>;
  envelopeCents: number;
  remainingCents: number;
  requestedCents: number;
  awardedCents: number;
  /** Cumulative amount awarded at the end of each decision day (Europe/Paris). */
  envelopeOverTime: { date: string; awardedCents: number }[];
  ranking: RankingEntry[];
  missingReviews: RankingEntry[];
};

const parisDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: PARIS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

function entry(a: Application): RankingEntry {
  return {
    id: a.id,
    reference: a.reference,
    organisationName: a.organisation?.name ?? null,
    projectTitle: a.project?.title ?? null,
    status: a.status,
    score: a.score ?? null,
    disagreement: a.disagreement ?? [],
    amountRequestedCents: a.budget?.amountRequestedCents ?? null,
    reviewerCount: (a.reviewerIds ?? []).length,
  };
}

export function createReportService(deps: Deps) {
  const { store, documents, clock, log } = deps;

  /**
   * Every application of the programme in `statuses` that was ever submitted, page by
   * page: a draft, or a draft withdrawn unsent, is its author's alone.
   */
  async function* applications(programId: string, statuses: readonly ApplicationStatus[]): AsyncGenerator<Application> {
    for (const status of statuses.filter((s) => s !== 'draft')) {
      let cursor: string | null = null;
      do {
        const page = await store.applications.listByProgram(programId, status, 'date', 100, cursor);
        yield* page.items.filter((a) => a.submittedAt !== null);
        cursor = page.cursor;
      } while (cursor);
    }
  }

  async function programOr404(programId: string) {
    const program = await store.programs.get(programId);
    if (!program) throw new NotFoundError({ fr: 'Programme introuvable.', en: 'Programme not found.' });
    return program;
  }

  return {
    async dashboard(programId: string): Promise<Dashboard> {
      const program = await programOr404(programId);
      const counts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
      let requestedCents = 0;
      let awardedCents = 0;
      const awards: { day: string; cents: number }[] = [];
      const ranking: RankingEntry[] = [];
      const missingReviews: RankingEntry[] = [];
      for await (const a of applications(programId, APPLICATION_STATUSES)) {
        counts[a.status] += 1;
        if (COMMITTED.includes(a.status)) requestedCents += a.budget?.amountRequestedCents ?? 0;
        if (a.status === 'approved' && a.amountAwardedCents) {
          awardedCents += a.amountAwardedCents;
          awards.push({ day: parisDay(a.decidedAt ?? a.updatedAt), cents: a.amountAwardedCents });
        }
        if (a.score !== null && a.score !== undefined && [...UNDER_REVIEW, 'approved'].includes(a.status)) ranking.push(entry(a));
        if (UNDER_REVIEW.includes(a.status) && (a.score === null || a.score === undefined)) missingReviews.push(entry(a));
      }
      awards.sort((x, y) => x.day.localeCompare(y.day));
      const envelopeOverTime: Dashboard['envelopeOverTime'] = [];
      let cumulative = 0;
      for (const award of awards) {
        cumulative += award.cents;
        const last = envelopeOverTime[envelopeOverTime.length - 1];
        if (last?.date === award.day) last.awardedCents = cumulative;
        else envelopeOverTime.push({ date: award.day, awardedCents: cumulative });
      }
      ranking.sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
      return {
        programId,
        counts,
        envelopeCents: program.envelopeCents,
        remainingCents: (await store.programs.remainingCents(programId)) ?? program.envelopeCents,
        requestedCents,
        awardedCents,
        envelopeOverTime,
        ranking,
        missingReviews,
      };
    },

    /**
     * Writes the export to the bucket (under `exports/`, deleted after a day by a lifecycle
     * rule in AWS) and returns a short-lived link to it: however many files, the answer is a
     * few hundred bytes, far from Lambda's 6 MB response limit, and the Lambda holds one
     * 5 MiB part at a time.
     */
    async exportCsvLink(programId: string): Promise<{ url: string; bytes: number }> {
      await programOr404(programId);
      const now = clock();
      const key = `${EXPORT_PREFIX}${programId}/${now.toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.csv`;
      const bytes = await documents.putStream(key, rows(programId), CSV_TYPE);
      const url = await documents.presignDownload({
        key,
        contentDisposition: `attachment; filename="${programId}-demandes.csv"`,
        contentType: CSV_TYPE,
        expiresInSeconds: EXPORT_LINK_SECONDS,
      });
      log.info('reports: export written', { programId, key, bytes });
      return { url, bytes };
    },
  };

  async function* rows(programId: string): AsyncGenerator<string> {
    yield UTF8_BOM;
    yield csvLine([
      'Référence',
      'Statut',
      'Structure',
      'Forme juridique',
      'SIRET',
      'Projet',
      'Commune (INSEE)',
      'Montant demandé (€)',
      'Montant accordé (€)',
      'Note moyenne (/100)',
      'Désaccord entre évaluateurs',
      'Évaluateurs',
      'Déposée le',
      'Décidée le',
      'Motif de refus',
    ]);
    const euros = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : cents / 100);
    for await (const a of applications(
      programId,
      APPLICATION_STATUSES.filter((s) => s !== 'draft'),
    )) {
      yield csvLine([
        a.reference,
        STATUS_FR[a.status],
        a.organisation?.name,
        a.organisation?.legalForm,
        a.organisation?.siret,
        a.project?.title,
        a.project?.communeInsee,
        euros(a.budget?.amountRequestedCents),
        euros(a.amountAwardedCents),
        a.score ?? null,
        (a.disagreement ?? []).length > 0 ? 'oui' : 'non',
        (a.reviewerIds ?? []).length,
        a.submittedAt ? parisDay(a.submittedAt) : null,
        a.decidedAt ? parisDay(a.decidedAt) : null,
        a.decisionReason ?? null,
      ]);
    }
  }
}

export type ReportService = ReturnType<typeof createReportService>;
