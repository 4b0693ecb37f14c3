/**
 * The single-table key design: every item's keys are built here and nowhere else.
 *
 * | item            | pk                    | sk                      | gsi1pk / gsi1sk                          | gsi2pk / gsi2sk                                   | gsi3pk / gsi3sk                  |
 * |-----------------|-----------------------|-------------------------|------------------------------------------|---------------------------------------------------|----------------------------------|
 * (gsi4, keys only: a never-submitted application (draft, or withdrawn unsent) has gsi4pk UNSENT#<pid> / gsi4sk <createdAt>#<id>;
 *  it has no gsi2/gsi3 keys: the staff queues hold submitted files only, so a draft's autosave never writes them.)
 * | programme       | PROGRAM#<id>          | PROGRAM                 | PROGRAMS#<status> / <closesAt>#<id>      |                                                   |                                  |
 * | programme audit | PROGRAM#<id>          | EVENT#<at>#<eventId>    |                                          |                                                   |                                  |
 * | reference seq.  | PROGRAM#<id>          | SEQ#<year>              |                                          |                                                   |                                  |
 * | application     | APP#<id>              | APP                     | OWNER#<userId> / <createdAt>#<id>        | PROGRAM#<pid>#STATUS#<status> / <submittedAt>#<id> (once submitted) | PROGRAM#<pid>#STATUS#<status> / <score>#<id> (once submitted)|
 * | document        | APP#<id>              | DOC#<documentId>        |                                          |                                                   |                                  |
 * | review          | APP#<id>              | REVIEW#<reviewerId>     |                                          |                                                   |                                  |
 * | assignment      | APP#<id>              | ASSIGN#<reviewerId>     | REVIEWER#<reviewerId> / <pid>#<assignedAt>#<appId> |                                         |                                  |
 * | timeline event  | APP#<id>              | EVENT#<at>#<eventId>    |                                          |                                                   |                                  |
 * | message         | APP#<id>              | MSG#<at>#<messageId>    |                                          |                                                   |                                  |
 * | user            | USER#<userId>         | PROFILE                 | ROLE#<role> / <email>                    |                                                   |                                  |
 * | account audit   | USER#<userId>         | EVENT#<at>#<eventId>    |                                          |                                                   |                                  |
 * | org. profile    | USER#<userId>         | PROFILE#ORG             |                                          |                                                   |                                  |
 * | wallet item     | USER#<userId>         | WALLET#<walletId>       | WALLETEXP#<YYYY-MM> / <validUntil>#<userId>#<walletId> (while dated and not yet reminded) |  |  |
 * | email → user    | EMAIL#<email>         | EMAIL                   |                                          |                                                   |                                  |
 * | one-time code   | OTP#<emailHash>       | OTP                     |  (TTL: expiresAt)                        |                                                   |                                  |
 * | session         | SESSION#<idHash>      | SESSION                 | USER#<userId> / SESSION#<createdAt>      |  (TTL: expiresAt)                                 |                                  |
 * | rate window     | RATE#<scope>#<key>    | <windowStart>           |  (TTL: expiresAt)                        |                                                   |                                  |
 * | health probe    | HEALTH                | HEALTH                  |                                          |                                                   |                                  |
 * | queued mail     | MAIL#<id>             | MAIL                    | MAILQ#pending / <nextAttemptAt>#<id> (while pending; TTL once settled) |                    |                                  |
 * | app. erasing    | APP#<id>              | APP                     |  (removed)                               | ERASING / <erasingAt>#<id>                        |  (removed)                       |
 *
 * Access patterns (DESIGN.md §4), each a GetItem or a Query, never a Scan:
 * - an application with its documents, reviews and events → Query pk = APP#<id>
 * - an applicant's applications                           → Query gsi1 pk = OWNER#<userId>
 * - a programme's applications by status and date         → Query gsi2 pk = PROGRAM#<pid>#STATUS#<status>
 * - a programme's applications by status and score       → Query gsi3 pk = PROGRAM#<pid>#STATUS#<status>
 * - a reviewer's assignments                              → Query gsi1 pk = REVIEWER#<reviewerId>
 * - a user by email                                       → GetItem EMAIL#<email>, then USER#<userId>
 * - staff by role                                         → Query gsi1 pk = ROLE#<role>
 * - a programme's or an account's audit trail             → Query pk = PROGRAM#<id> | USER#<id>, sk begins_with EVENT#
 * - one-time codes, sessions and rate windows             → GetItem, expired by TTL
 * - open programmes                                       → Query gsi1 pk = PROGRAMS#published, sk > now
 * - mails due for another try                             → Query gsi1 pk = MAILQ#pending, sk <= now
 * - a programme's never-submitted files (daily jobs)      → Query gsi4 pk = UNSENT#<pid>, sk < cut-off (keys), then BatchGetItem
 * - old withdrawn or rejected files                       → Query gsi2 pk = PROGRAM#<pid>#STATUS#<status>, sk < cut-off
 * - erasures a stopped run left half-done                 → Query gsi2 pk = ERASING
 * - an account's organisation profile                   → GetItem USER#<userId> / PROFILE#ORG
 * - an account's document wallet                         → Query pk = USER#<userId>, sk begins_with WALLET#
 * - wallet items nearing their end (daily reminder)        → Query gsi1 pk = WALLETEXP#<month>, sk between today and today + 30 days
 */
import type { ProgramStatus } from '../domain/program';

export type Key = { pk: string; sk: string };

export const keys = {
  program: (id: string): Key => ({ pk: `PROGRAM#${id}`, sk: 'PROGRAM' }),
  programsByStatus: (status: ProgramStatus) => `PROGRAMS#${status}`,
  /** Normalised to UTC so the sort key compares as time whatever offset the manager typed. */
  programListSort: (closesAt: string, id: string) => `${new Date(closesAt).toISOString()}#${id}`,
  referenceSequence: (programId: string, year: number): Key => ({ pk: `PROGRAM#${programId}`, sk: `SEQ#${year}` }),

  application: (id: string): Key => ({ pk: `APP#${id}`, sk: 'APP' }),
  applicationPartition: (id: string) => `APP#${id}`,
  applicationsByOwner: (ownerId: string) => `OWNER#${ownerId}`,
  applicationOwnerSort: (createdAt: string, id: string) => `${createdAt}#${id}`,
  applicationsByProgramStatus: (programId: string, status: string) => `PROGRAM#${programId}#STATUS#${status}`,
  applicationStatusSort: (submittedAt: string | null, createdAt: string, id: string) => `${submittedAt ?? createdAt}#${id}`,
  /** A programme's applications never submitted (drafts, drafts withdrawn unsent), by creation: keys only (gsi4). */
  unsentApplications: (programId: string) => `UNSENT#${programId}`,
  unsentSort: (createdAt: string, id: string) => `${createdAt}#${id}`,
  document: (applicationId: string, documentId: string): Key => ({ pk: `APP#${applicationId}`, sk: `DOC#${documentId}` }),
  event: (applicationId: string, at: string, eventId: string): Key => ({ pk: `APP#${applicationId}`, sk: `EVENT#${at}#${eventId}` }),
  message: (applicationId: string, at: string, messageId: string): Key => ({ pk: `APP#${applicationId}`, sk: `MSG#${at}#${messageId}` }),

  assignment: (applicationId: string, reviewerId: string): Key => ({ pk: `APP#${applicationId}`, sk: `ASSIGN#${reviewerId}` }),
  reviewerAssignments: (reviewerId: string) => `REVIEWER#${reviewerId}`,
  reviewerAssignmentSort: (programId: string, assignedAt: string, applicationId: string) => `${programId}#${assignedAt}#${applicationId}`,
  review: (applicationId: string, reviewerId: string): Key => ({ pk: `APP#${applicationId}`, sk: `REVIEW#${reviewerId}` }),
  applicationsByProgramScore: (programId: string, status: string) => `PROGRAM#${programId}#STATUS#${status}`,
  /** Scores sort as text: 000.0 to 100.0, padded; unscored applications sort first. */
  applicationScoreSort: (score: number | null, id: string) => `${score === null ? '-' : score.toFixed(1).padStart(5, '0')}#${id}`,

  user: (userId: string): Key => ({ pk: `USER#${userId}`, sk: 'PROFILE' }),
  usersByRole: (role: string) => `ROLE#${role}`,
  email: (email: string): Key => ({ pk: `EMAIL#${email.toLowerCase()}`, sk: 'EMAIL' }),

  code: (emailKey: string): Key => ({ pk: `OTP#${emailKey}`, sk: 'OTP' }),
  session: (idHash: string): Key => ({ pk: `SESSION#${idHash}`, sk: 'SESSION' }),
  userSessions: (userId: string) => `USER#${userId}`,
  rate: (bucket: string, windowStart: number): Key => ({ pk: `RATE#${bucket}`, sk: String(windowStart) }),

  /** Audit events sit in their subject's partition, so the trail is one Query and goes with it. */
  auditEvent: (subject: 'program' | 'user', subjectId: string, at: string, eventId: string): Key => ({
    pk: subject === 'program' ? `PROGRAM#${subjectId}` : `USER#${subjectId}`,
    sk: `EVENT#${at}#${eventId}`,
  }),

  /** A mail waiting to be sent again; pending ones are listed through gsi1 by due time. */
  queuedMail: (id: string): Key => ({ pk: `MAIL#${id}`, sk: 'MAIL' }),
  pendingMails: () => 'MAILQ#pending',

  /** Applications whose erasure began: out of every other index, so nobody lists them. */
  erasingApplications: () => 'ERASING',

  /** The organisation section of the account's latest submitted application, which pre-fills the next one. */
  organisationProfile: (userId: string): Key => ({ pk: `USER#${userId}`, sk: 'PROFILE#ORG' }),

  /** A document kept in an account's wallet, in the account's partition. */
  walletItem: (userId: string, walletId: string): Key => ({ pk: `USER#${userId}`, sk: `WALLET#${walletId}` }),
  walletPrefix: () => 'WALLET#',
  /** Dated wallet items not yet reminded, by the month they expire (sparse gsi1), so the daily job reads two months at most. */
  walletExpiryMonth: (validUntil: string) => `WALLETEXP#${validUntil.slice(0, 7)}`,
  walletExpirySort: (validUntil: string, userId: string, walletId: string) => `${validUntil}#${userId}#${walletId}`,

  health: (): Key => ({ pk: 'HEALTH', sk: 'HEALTH' }),
} as const;
