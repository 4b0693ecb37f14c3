/**
 * The staff side of the API client: programmes (builder), the review queue,
 * assignments, reviews, decisions, the dashboard and staff accounts. Every call goes
 * through the typed client of ./api-client, so answers are typed by the route schemas
 * and errors arrive as `ApiError` the same way.
 */
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { ApplicationStatus, Role } from '../../../functions/src/domain/lifecycle';
import type { ProgramInput } from '../../../functions/src/domain/program';
import type { ReviewInput } from '../../../functions/src/domain/scoring';
import type { MANAGED_USER_STATUSES } from '../../../functions/src/domain/user';
import type { QueueLine } from './api';
import { api, data } from './api-client';

const id = (value: string) => encodeURIComponent(value);

const program = api.programs[':programId'];
const application = api.applications[':id'];

// ── Programmes ─────────────────────────────────────────────────────────────

/** Managers: every programme, drafts included. Reviewers: published and closed ones (reviews go on after closing). */
export async function listAllPrograms() {
  return (await data(api.programs.$get({ query: { scope: 'all' } }))).items;
}

/** Creates a draft; 400 with field paths when incoherent, 409 when the id is taken. */
export function createProgram(input: ProgramInput) {
  return data(api.programs.$post({ json: input }));
}

/**
 * Replaces a programme (status included: publish = `status: 'published'`). 409 when
 * `version` is stale or a frozen part changed after applications arrived.
 */
export function updateProgram(programId: string, input: ProgramInput & { version: number }) {
  return data(program.$put({ param: { programId: id(programId) }, json: input }));
}

/** The programme's audit trail (created, updated, status changes), oldest first. */
export async function listProgramEvents(programId: string) {
  return (await data(program.events.$get({ param: { programId: id(programId) } }))).items;
}

// ── Queue and assignments ──────────────────────────────────────────────────

/** A line of a programme's queue: enough to triage, declare a conflict, or open the file. */
export type QueueItem = QueueLine;

export interface QueueQuery {
  programId: string;
  status: ApplicationStatus;
  sort: 'date' | 'score';
  cursor?: string | null;
  limit?: number;
}

/** One page of a programme's queue; pass the returned cursor for the next page. */
export async function listQueue(query: QueueQuery): Promise<{ items: QueueItem[]; cursor: string | null }> {
  const page = await data(
    api.applications.$get({
      query: {
        programId: query.programId,
        status: query.status,
        sort: query.sort,
        cursor: query.cursor || undefined,
        limit: query.limit ? String(query.limit) : undefined,
      },
    }),
  );
  // Staff asking for a programme get queue lines, never an applicant's summaries.
  return page as { items: QueueItem[]; cursor: string | null };
}

/** Assigns reviewers to chosen applications; assigning someone twice is a no-op. */
export function assignReviewers(programId: string, assignments: { applicationId: string; reviewerIds: string[] }[]) {
  return data(program.assignments.$put({ param: { programId: id(programId) }, json: { assignments } }));
}

/**
 * Shares every submitted or in-review application of the programme among the
 * reviewers, least loaded first, until each has `perApplication` reviewers without
 * a conflict. One call handles a few hundred applications; `more` says to call again.
 */
export function assignRoundRobin(programId: string, body: { reviewerIds: string[]; perApplication: number }) {
  return data(program.assignments['round-robin'].$post({ param: { programId: id(programId) }, json: body }));
}

// ── Reviews and decisions ──────────────────────────────────────────────────

/** What the reviewer may do next: nothing (conflict declared), or score with their assignment and draft. */
export type ReviewState = InferResponseType<typeof application.reviews.me.$get, 200>;
/** What a reviewer may know before declaring: enough to recognise a conflict of interest. */
export type ReviewSubject = ReviewState['subject'];

export function getMyReview(applicationId: string) {
  return data(application.reviews.me.$get({ param: { id: id(applicationId) } }));
}

/**
 * First call: the conflict declaration (recorded once). Later calls: save the scores
 * as a draft, or `submitted: true` to lock them.
 */
export function saveMyReview(applicationId: string, input: ReviewInput) {
  return data(application.reviews.me.$put({ param: { id: id(applicationId) }, json: input }));
}

/** For managers: who is assigned (with their declarations), the submitted reviews, the mean score and the disagreements. */
export type ApplicationReviews = InferResponseType<typeof application.reviews.$get, 200>;

export function listApplicationReviews(applicationId: string) {
  return data(application.reviews.$get({ param: { id: id(applicationId) } }));
}

/** The lifecycle events staff send; submitting and withdrawing are the applicant's. */
export type StaffTransition = Exclude<InferRequestType<typeof application.transitions.$post>['json'], { event: 'submit' | 'withdraw' }>;

export function staffTransition(applicationId: string, transition: StaffTransition) {
  return data(application.transitions.$post({ param: { id: id(applicationId) }, json: transition }));
}

// ── Dashboard and export ───────────────────────────────────────────────────

export type Dashboard = InferResponseType<typeof program.dashboard.$get, 200>;
export type RankingEntry = Dashboard['ranking'][number];

export function getDashboard(programId: string) {
  return data(program.dashboard.$get({ param: { programId: id(programId) } }));
}

/** Where the browser downloads the CSV (a plain link: the session cookie goes with it). */
export function exportCsvHref(programId: string): string {
  return `/api/programs/${id(programId)}/export.csv`;
}

// ── Staff accounts ─────────────────────────────────────────────────────────

const user = api.users[':userId'];

export type StaffUser = InferResponseType<typeof api.users.$get, 200>['items'][number];

export async function listStaff() {
  return (await data(api.users.$get())).items;
}

export function inviteStaff(input: { email: string; displayName: string; role: 'reviewer' | 'manager' }) {
  return data(api.users.$post({ json: input }));
}

export function updateStaff(
  userId: string,
  changes: { role?: Role; status?: (typeof MANAGED_USER_STATUSES)[number]; displayName?: string },
) {
  return data(user.$patch({ param: { userId: id(userId) }, json: changes }));
}

/** An account's audit trail (invitation, role and status changes), oldest first. */
export async function listUserEvents(userId: string) {
  return (await data(user.events.$get({ param: { userId: id(userId) } }))).items;
}
