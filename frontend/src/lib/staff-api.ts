/**
 * The staff side of the API client: programmes (builder), the review queue,
 * assignments, reviews, decisions, the dashboard and staff accounts. Every call
 * goes through `request()` from ./api, so errors arrive as `ApiError` the same way.
 */
import type { AuditEvent } from '../../../functions/src/domain/audit';
import type { ApplicationStatus, Role } from '../../../functions/src/domain/lifecycle';
import type { Program, ProgramInput, ProgramSummary } from '../../../functions/src/domain/program';
import type { ReviewInput } from '../../../functions/src/domain/scoring';
import type { UserStatus } from '../../../functions/src/domain/user';
// Response shapes come from the services that produce them (type-only: nothing server-side reaches the bundle).
import type { QueueItem } from '../../../functions/src/services/applications';
import type { Dashboard, RankingEntry } from '../../../functions/src/services/reports';
import type { ReviewService, ReviewState, ReviewSubject } from '../../../functions/src/services/reviews';
import { request, type ApplicationView } from './api';

export type { Dashboard, QueueItem, RankingEntry, ReviewState, ReviewSubject };

const json = (body: unknown): RequestInit => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const id = (value: string) => encodeURIComponent(value);

// ── Programmes ─────────────────────────────────────────────────────────────

/** Managers: every programme, drafts included. Reviewers: published and closed ones (reviews go on after closing). */
export async function listAllPrograms(): Promise<ProgramSummary[]> {
  return (await request<{ items: ProgramSummary[] }>('/programs?scope=all')).items;
}

/** Creates a draft; 400 with field paths when incoherent, 409 when the id is taken. */
export function createProgram(input: ProgramInput): Promise<Program> {
  return request<Program>('/programs', { method: 'POST', ...json(input) });
}

/**
 * Replaces a programme (status included: publish = `status: 'published'`). 409 when
 * `version` is stale or a frozen part changed after applications arrived.
 */
export function updateProgram(programId: string, input: ProgramInput & { version: number }): Promise<Program> {
  return request<Program>(`/programs/${id(programId)}`, { method: 'PUT', ...json(input) });
}

/** The programme's audit trail (created, updated, status changes), oldest first. */
export async function listProgramEvents(programId: string): Promise<AuditEvent[]> {
  return (await request<{ items: AuditEvent[] }>(`/programs/${id(programId)}/events`)).items;
}

// ── Queue and assignments ──────────────────────────────────────────────────

export interface QueueQuery {
  programId: string;
  status: ApplicationStatus;
  sort: 'date' | 'score';
  cursor?: string | null;
  limit?: number;
}

/** One page of a programme's queue; pass the returned cursor for the next page. */
export function listQueue(query: QueueQuery): Promise<{ items: QueueItem[]; cursor: string | null }> {
  const params = new URLSearchParams({ programId: query.programId, status: query.status, sort: query.sort });
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.limit) params.set('limit', String(query.limit));
  return request(`/applications?${params.toString()}`);
}

/** Assigns reviewers to chosen applications; assigning someone twice is a no-op. */
export function assignReviewers(programId: string, assignments: { applicationId: string; reviewerIds: string[] }[]): Promise<{ added: number }> {
  return request(`/programs/${id(programId)}/assignments`, { method: 'PUT', ...json({ assignments }) });
}

/**
 * Shares every submitted or in-review application of the programme among the
 * reviewers, least loaded first, until each has `perApplication` reviewers without
 * a conflict. One call handles a few hundred applications; `more` says to call again.
 */
export function assignRoundRobin(
  programId: string,
  body: { reviewerIds: string[]; perApplication: number },
): Promise<{ added: number; applications: number; more: boolean }> {
  return request(`/programs/${id(programId)}/assignments/round-robin`, { method: 'POST', ...json(body) });
}

// ── Reviews and decisions ──────────────────────────────────────────────────

export function getMyReview(applicationId: string): Promise<ReviewState> {
  return request<ReviewState>(`/applications/${id(applicationId)}/reviews/me`);
}

/**
 * First call: the conflict declaration (recorded once). Later calls: save the scores
 * as a draft, or `submitted: true` to lock them.
 */
export function saveMyReview(applicationId: string, input: ReviewInput): Promise<ReviewState> {
  return request<ReviewState>(`/applications/${id(applicationId)}/reviews/me`, { method: 'PUT', ...json(input) });
}

/** For managers: who is assigned (with their declarations), the submitted reviews, the mean score and the disagreements. */
export type ApplicationReviews = Awaited<ReturnType<ReviewService['overview']>>;

export function listApplicationReviews(applicationId: string): Promise<ApplicationReviews> {
  return request<ApplicationReviews>(`/applications/${id(applicationId)}/reviews`);
}

export type StaffTransition =
  | { event: 'start_review' }
  | { event: 'request_changes'; message: string }
  | { event: 'approve'; amountAwardedCents: number }
  | { event: 'reject'; reason: string }
  | { event: 'reopen'; reason: string };

export function staffTransition(applicationId: string, transition: StaffTransition): Promise<ApplicationView> {
  return request<ApplicationView>(`/applications/${id(applicationId)}/transitions`, { method: 'POST', ...json(transition) });
}

// ── Dashboard and export ───────────────────────────────────────────────────

export function getDashboard(programId: string): Promise<Dashboard> {
  return request<Dashboard>(`/programs/${id(programId)}/dashboard`);
}

/** Where the browser downloads the CSV (a plain link: the session cookie goes with it). */
export function exportCsvHref(programId: string): string {
  return `/api/programs/${id(programId)}/export.csv`;
}

// ── Staff accounts ─────────────────────────────────────────────────────────

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  locale: 'fr' | 'en';
  createdAt: string;
}

export async function listStaff(): Promise<StaffUser[]> {
  return (await request<{ items: StaffUser[] }>('/users')).items;
}

export function inviteStaff(input: { email: string; displayName: string; role: 'reviewer' | 'manager' }): Promise<StaffUser> {
  return request<StaffUser>('/users', { method: 'POST', ...json(input) });
}

export function updateStaff(userId: string, changes: { role?: Role; status?: UserStatus; displayName?: string }): Promise<StaffUser> {
  return request<StaffUser>(`/users/${id(userId)}`, { method: 'PATCH', ...json(changes) });
}

/** An account's audit trail (invitation, role and status changes), oldest first. */
export async function listUserEvents(userId: string): Promise<AuditEvent[]> {
  return (await request<{ items: AuditEvent[] }>(`/users/${id(userId)}/events`)).items;
}
