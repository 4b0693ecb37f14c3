/**
 * The ports: what the API needs from storage and mail, with no AWS types.
 * Adapters: ./dynamo-store.ts, ./s3-documents.ts, ../mail/*.ts, ./deferred-scanner.ts and
 * ../local/clamav-scanner.ts.
 */
import type {
  Application,
  ApplicationDocument,
  Assignment,
  ApplicationSections,
  Message,
  OrganisationDraft,
  ScanStatus,
  TimelineEvent,
} from '../domain/application';
import type { AuditEvent } from '../domain/audit';
import type { EligibilityResult } from '../domain/eligibility-schema';
import type { Bilingual } from '../domain/errors';
import type { ByteReader } from '../domain/file-sniff';
import type { ApplicationStatus } from '../domain/lifecycle';
import type { Program } from '../domain/program';
import type { Review } from '../domain/scoring';
import type { Locale, User } from '../domain/user';
import type { WalletItem } from '../domain/wallet';

export interface ProgramStore {
  get(id: string): Promise<Program | null>;
  /** Published programmes accepting applications at `now`, soonest closing first. */
  listOpen(now: Date): Promise<Program[]>;
  /** Creates the programme (with its audit event, if given) unless one with that id exists; returns whether it wrote. */
  createIfAbsent(program: Program, audit?: AuditEvent): Promise<boolean>;
  /** What is left of the envelope after approvals (kept by the decision transactions). */
  remainingCents(id: string): Promise<number | null>;
  /** Every programme in a status (managers' list), soonest closing first. */
  listByStatus(status: Program['status']): Promise<Program[]>;
  /**
   * Replaces a programme if its version is still `expectedVersion`, moving the envelope
   * balance by `envelopeDeltaCents` (never below zero). ConflictError otherwise.
   */
  replace(
    program: Program,
    expectedVersion: number,
    envelopeDeltaCents: number,
    audit?: AuditEvent,
    /** Set when the change touches what applications depend on: refused with this message once one exists. */
    frozenOnceApplied?: Bilingual,
  ): Promise<Program>;
  /** The programme's audit trail, oldest first. */
  listEvents(programId: string): Promise<AuditEvent[]>;
  /**
   * Moves published programmes whose deadline is past to `closed`, each in one
   * transaction with the audit event `auditFor(id)` describes; returns their ids.
   */
  closeExpired(now: Date, auditFor: (programId: string) => AuditEvent): Promise<string[]>;
}

export interface UserStore {
  get(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<User | null>;
  /** Creates the user and its email index in one transaction unless the email is taken. */
  createIfAbsent(user: User, audit?: AuditEvent): Promise<User>;
  /** Changes role, status or display name; the ROLE# index follows the role. */
  update(id: string, changes: Partial<Pick<User, 'role' | 'status' | 'displayName'>>, audit?: AuditEvent): Promise<User>;
  /** The language the person's emails are written in; null when the account does not exist. */
  updateLocale(id: string, locale: Locale): Promise<User | null>;
  /** The account's audit trail (invitation, role and status changes), oldest first. */
  listEvents(userId: string): Promise<AuditEvent[]>;
  /** Everyone with a role, by email (GSI1 ROLE#<role>). */
  listByRole(role: User['role']): Promise<User[]>;
}

/**
 * A stored one-time code: only its HMAC, when it was issued, and the wrong tries so far;
 * `locale` is the interface language it was asked in, which an account created by it keeps.
 */
export type StoredCode = { codeHash: string; issuedAt: number; expiresAt: number; attempts: number; locale?: Locale };

export type Session = { userId: string; createdAt: number; lastSeenAt: number; expiresAt: number };

export interface AuthStore {
  getCode(emailKey: string): Promise<StoredCode | null>;
  /** Replaces any previous code for this address: only the newest one works. */
  putCode(emailKey: string, code: StoredCode): Promise<void>;
  /**
   * Spends one try before the guess is weighed, in one conditional write: returns the
   * code with the tries now used, or null when it is gone, expired or has no try left.
   * However many guesses arrive at once, at most `maxAttempts` of them get a code back.
   */
  spendAttempt(emailKey: string, maxAttempts: number, nowSeconds: number): Promise<StoredCode | null>;
  /** Deletes the code if it is still this one: true for exactly one of two concurrent uses. */
  consumeCode(emailKey: string, codeHash: string): Promise<boolean>;
  deleteCode(emailKey: string): Promise<void>;

  createSession(idHash: string, session: Session): Promise<void>;
  getSession(idHash: string): Promise<Session | null>;
  touchSession(idHash: string, lastSeenAt: number, expiresAt: number): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Revokes every session of a user at once (logout everywhere, disabled account). */
  deleteUserSessions(userId: string): Promise<number>;

  /** Fixed-window counter: returns the count after this hit. */
  hit(bucket: string, windowStart: number, windowSeconds: number): Promise<number>;
}

export type Page<T> = { items: T[]; cursor: string | null };

/** Everything in an application's partition, read with one Query. */
export type ApplicationBundle = {
  application: Application;
  documents: ApplicationDocument[];
  events: TimelineEvent[];
  messages: Message[];
  assignments: Assignment[];
  reviews: Review[];
};

/** A status change: the expected state and version, the new values, and the event to append atomically. */
export type TransitionWrite = {
  /**
   * The application as the caller loaded it: the write expects its version, and the
   * queue index keys come from it, so the store need not read it again.
   */
  application: Application;
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  at: string;
  event: TimelineEvent;
  /** Set on first submission: the programme's yearly counter must still be at `sequence - 1`. */
  reference?: { programId: string; year: number; sequence: number; value: string };
  submittedAt?: string;
  /** The eligibility verdict the submission recomputed, kept for the reviewers. */
  eligibility?: EligibilityResult | null;
  /**
   * Moves money in the programme's envelope in the same transaction: a positive
   * `debitCents` (approval) requires that much to remain; a negative one (re-opening
   * an approval) gives it back.
   */
  envelope?: { programId: string; debitCents: number };
  /** Decision fields written with the status (amount awarded, reason); null removes. */
  decision?: { amountAwardedCents: number | null; decisionReason: string | null; decidedAt: string | null };
  /** Unticks the sworn statement with the status (changes requested): a resubmission must accept it again. */
  declarationAccepted?: false;
};

export interface ApplicationStore {
  /** Creates the draft and its `created` event in one transaction. */
  create(application: Application, event: TimelineEvent): Promise<void>;
  get(id: string): Promise<Application | null>;
  /** The application item with its documents, events and messages: one Query on its partition. */
  getWithChildren(id: string): Promise<ApplicationBundle | null>;
  listByOwner(ownerId: string, limit: number, cursor: string | null): Promise<Page<Application>>;
  /** A programme's queue for one status: oldest submission first, or best score first. */
  listByProgram(
    programId: string,
    status: ApplicationStatus,
    sort: 'date' | 'score',
    limit: number,
    cursor: string | null,
  ): Promise<Page<Application>>;
  /** Whether any application (any status) exists for the programme: a keyed Query per status, Limit 1. */
  existsForProgram(programId: string): Promise<boolean>;
  /** Up to 100 applications by id (BatchGetItem), in no particular order. */
  getMany(ids: readonly string[]): Promise<Application[]>;
  /** Replaces the given sections if the version still matches and the status is editable. */
  saveSections(
    id: string,
    expectedVersion: number,
    editable: readonly ApplicationStatus[],
    sections: Partial<ApplicationSections>,
    at: string,
  ): Promise<Application>;
  /**
   * One TransactWriteItems: status + version condition, the event, and the reference
   * counter if any. Throws SequenceTakenError when the counter moved and
   * EnvelopeExceededError when the envelope is short (both in domain/errors).
   */
  transition(write: TransitionWrite): Promise<Application>;
  currentSequence(programId: string, year: number): Promise<number>;

  putDocument(document: ApplicationDocument): Promise<void>;
  getDocument(applicationId: string, documentId: string): Promise<ApplicationDocument | null>;
  /** Moves a pending document to verified or rejected; false if it was no longer pending. */
  settleDocument(
    applicationId: string,
    documentId: string,
    outcome: Pick<ApplicationDocument, 'status' | 'verifiedSize' | 'rejection' | 'sha256' | 'scan'>,
    at: string,
  ): Promise<boolean>;
  /**
   * Records the antivirus verdict on the verified bytes `sha256`, only while the scan is
   * pending: false when the document is gone, holds other bytes, or already has a verdict.
   */
  recordScan(applicationId: string, documentId: string, sha256: string, scan: ScanStatus, at: string): Promise<boolean>;
  deleteDocument(applicationId: string, documentId: string): Promise<void>;

  addMessage(message: Message, event: TimelineEvent | null): Promise<void>;
}

export interface ReviewStore {
  /** Adds each assignment with its audit event atomically; an existing assignment is left as it is. */
  assign(items: { assignment: Assignment; event: TimelineEvent }[]): Promise<number>;
  listAssignments(applicationId: string): Promise<Assignment[]>;
  getAssignment(applicationId: string, reviewerId: string): Promise<Assignment | null>;
  /** A reviewer's assignments in one programme, newest first. */
  listByReviewer(reviewerId: string, programId: string, limit: number, cursor: string | null): Promise<Page<Assignment>>;
  /** Records the declaration once (pending → none | declared) with its event. */
  declare(applicationId: string, reviewerId: string, conflict: 'none' | 'declared', at: string, event: TimelineEvent): Promise<void>;
  getReview(applicationId: string, reviewerId: string): Promise<Review | null>;
  listReviews(applicationId: string): Promise<Review[]>;
  /** Saves a draft or submits; a submitted review is locked and any later save is a ConflictError. */
  saveReview(review: Review, event: TimelineEvent | null): Promise<void>;
  /** Stores the application's mean score and disagreement flag, and re-sorts it in the score index. */
  setScore(applicationId: string, score: number | null, disagreement: string[]): Promise<void>;
}

/**
 * Erasure and retention: the writes that remove personal data (DELETE /api/me and the
 * daily retention job). An application being erased is first hidden from every reader
 * and writer (`beginErasure`), then its documents and items go, the application item
 * last, so a run that stops half-way is found and finished by the next one.
 */
export interface PersonalDataStore {
  /**
   * One programme's submitted applications in `status` whose last change is before `before`:
   * one Query on the queue index (keyed by submission, which precedes the last change),
   * filtered on `updatedAt`. Pages may hold fewer than `limit`.
   */
  listIdle(programId: string, status: ApplicationStatus, before: string, limit: number, cursor: string | null): Promise<Page<Application>>;
  /**
   * The ids of a programme's never-submitted applications (drafts, drafts withdrawn unsent)
   * created before `createdBefore`: one Query on a keys-only index; read them with
   * `applications.getMany`.
   */
  listUnsent(programId: string, createdBefore: string, limit: number, cursor: string | null): Promise<Page<string>>;
  /** Applications whose erasure began but did not finish (a run that stopped), oldest first. */
  listErasing(limit: number): Promise<Application[]>;
  /** Records that the holder was told of the coming erasure, if the draft is still as read (`updatedAt`). */
  markWarned(id: string, updatedAt: string, at: string): Promise<boolean>;
  /**
   * Records the deadline reminder sent `days` (7 or 2) before the deadline on a draft, once:
   * true only for the first caller, false if already marked or no longer a draft.
   */
  markDeadlineReminded(id: string, days: 7 | 2, at: string): Promise<boolean>;
  /**
   * Hides the application from every list and read, and refuses any later save, if it is
   * still at `version`: false when it changed meanwhile (the holder came back).
   */
  beginErasure(id: string, version: number, at: string): Promise<boolean>;
  /**
   * Deletes every item of the application's partition, the application item last in one
   * transaction with `audit` (on the programme); returns how many items went.
   */
  eraseApplication(id: string, audit: AuditEvent): Promise<number>;
  /** Replaces the holder's personal fields on a kept file, and the name on the messages they wrote. */
  pseudonymiseApplication(
    id: string,
    ownerId: string,
    sections: Pick<ApplicationSections, 'organisation' | 'declaration'>,
    authorName: string,
    at: string,
  ): Promise<void>;
  /**
   * Closes the account in one transaction: the profile keeps only its id, role and dates
   * (address and name replaced, status `erased`, out of the role index), the address is
   * freed for a new account, and `audit` is appended.
   */
  eraseAccount(userId: string, pseudonymousEmail: string, audit: AuditEvent): Promise<void>;
  /** The account's live sessions (dates only), for the export. */
  listSessions(userId: string): Promise<Session[]>;
}

/** The document wallet: an account's kept organisation documents, in the account's partition. */
export interface WalletStore {
  /** The account's items, oldest first: one Query. */
  list(userId: string): Promise<WalletItem[]>;
  get(userId: string, walletId: string): Promise<WalletItem | null>;
  /** Adds an item; never over another. */
  put(userId: string, item: WalletItem): Promise<void>;
  delete(userId: string, walletId: string): Promise<void>;
  /** Dated items not yet reminded whose last valid day is within [from, to], across accounts (the daily job). */
  listExpiring(from: string, to: string): Promise<{ userId: string; item: WalletItem }[]>;
  /** Records the expiry reminder once: true only for the first caller. */
  markReminded(userId: string, walletId: string, at: string): Promise<boolean>;
  /** Deletes every item of the account (its closure); returns how many. */
  deleteAll(userId: string): Promise<number>;
}

/** The organisation section of an account's latest submitted application: what pre-fills its next one. */
export type OrganisationProfile = {
  organisation: OrganisationDraft;
  /** The submission it was taken from. */
  fromApplicationId: string;
  savedAt: string;
};

/** One organisation profile per account, in the account's partition. */
export interface OrganisationProfileStore {
  get(userId: string): Promise<OrganisationProfile | null>;
  /** Replaces the account's profile. */
  put(userId: string, profile: OrganisationProfile): Promise<void>;
  delete(userId: string): Promise<void>;
}

export interface Store {
  programs: ProgramStore;
  personalData: PersonalDataStore;
  applications: ApplicationStore;
  reviews: ReviewStore;
  users: UserStore;
  auth: AuthStore;
  mails: MailQueue;
  wallet: WalletStore;
  profiles: OrganisationProfileStore;
  /** A real keyed read against the table, for the health check. */
  ping(): Promise<void>;
}

export interface DocumentStorage {
  /** A real request against the bucket, for the health check. */
  ping(): Promise<void>;
  /** A presigned POST limited to one key, one content type and 1..maxBytes bytes. */
  presignUpload(input: { key: string; contentType: string; maxBytes: number; expiresInSeconds: number }): Promise<{
    url: string;
    fields: Record<string, string>;
  }>;
  head(key: string): Promise<{ size: number; etag: string | null } | null>;
  /** The whole object, pinned to `etag` when given; null when it is not there. */
  getBytes(key: string, etag: string | null): Promise<Uint8Array | null>;
  /** Writes bytes the API produced itself (the verified copy), never applicant input as such. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /**
   * Writes a file the API produces as it goes (a large CSV export), part by part, so memory
   * holds one part (5 MiB) whatever the size; returns its size in bytes.
   */
  putStream(key: string, chunks: AsyncIterable<string | Uint8Array>, contentType: string): Promise<number>;
  /** Ranged reads of one object version (pinned by ETag when known), for magic-byte checks. */
  reader(key: string, size: number, etag: string | null): ByteReader;
  delete(key: string): Promise<void>;
  /** Copies an object the API wrote itself to another key (S3 CopyObject, bytes never leave the bucket). */
  copy(fromKey: string, toKey: string): Promise<void>;
  /** Deletes every object under `prefix`, every stored version of each (the bucket is versioned in AWS); returns how many. */
  deletePrefix(prefix: string): Promise<number>;
  /** A short-lived GET that downloads as an attachment, never rendered inline. */
  presignDownload(input: { key: string; contentDisposition: string; contentType: string; expiresInSeconds: number }): Promise<string>;
}

/**
 * The antivirus. `scan` answers at once when it can (ClamAV, locally and in CI), or
 * `pending` when the verdict arrives later by event (GuardDuty Malware Protection in AWS,
 * which scans the verified copy `key` on its own).
 */
export interface Scanner {
  scan(input: { key: string; bytes: Uint8Array }): Promise<ScanStatus>;
}

export type Mail = { to: string; subject: string; text: string };

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** A mail the relay refused when it was first sent, kept until the scheduler sends it. */
export type QueuedMail = Mail & {
  id: string;
  status: 'pending' | 'sent' | 'abandoned';
  /** Tries the scheduler has started (the first, failed send at request time not counted). */
  attempts: number;
  createdAt: string;
  /** When the scheduler may try again; set before each try, so a crashed run backs off too. */
  nextAttemptAt: string;
  sentAt: string | null;
};

/** Mails waiting to be sent again: queued by a request, drained by the scheduler. */
export interface MailQueue {
  /** Keeps a mail that could not be sent; a conditional put, never over another. */
  enqueue(mail: Mail, at: string): Promise<QueuedMail>;
  /** Pending mails due by `now`, oldest due first, at most `limit`: one Query on a sparse index. */
  due(now: string, limit: number): Promise<QueuedMail[]>;
  /**
   * Takes a pending mail for one try: true only for the run that moved `attempts` on
   * (two overlapping runs never send it twice), its next try pushed to `retryAt`.
   */
  claim(id: string, attempts: number, retryAt: string): Promise<boolean>;
  /** Leaves the queue: `sent`, or `abandoned` after the last try; the item then expires. */
  settle(id: string, status: 'sent' | 'abandoned', at: string): Promise<void>;
  get(id: string): Promise<QueuedMail | null>;
}

/** The local outbox: mail is kept in memory and readable at GET /api/dev/outbox. */
export interface Outbox extends Mailer {
  list(): readonly (Mail & { id: string; sentAt: string })[];
}
