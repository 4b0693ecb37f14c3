/**
 * The ports: what the API needs from storage and mail, with no AWS types.
 * Adapters: ./dynamo-store.ts, ./s3-documents.ts, ../mail/*.ts.
 */
import type { Program } from '../domain/program';
import type { User } from '../domain/user';

export interface ProgramStore {
  get(id: string): Promise<Program | null>;
  /** Published programmes accepting applications at `now`, soonest closing first. */
  listOpen(now: Date): Promise<Program[]>;
  /** Creates the programme unless one with that id exists; returns whether it wrote. */
  createIfAbsent(program: Program): Promise<boolean>;
  /** Moves published programmes whose deadline is past to `closed`; returns their ids. */
  closeExpired(now: Date): Promise<string[]>;
}

export interface UserStore {
  get(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<User | null>;
  /** Creates the user and its email index in one transaction unless the email is taken. */
  createIfAbsent(user: User): Promise<User>;
  setRole(id: string, role: User['role']): Promise<void>;
}

/** A stored one-time code: only its HMAC, when it was issued, and the wrong tries so far. */
export type StoredCode = { codeHash: string; issuedAt: number; expiresAt: number; attempts: number };

export type Session = { userId: string; createdAt: number; lastSeenAt: number; expiresAt: number };

export interface AuthStore {
  getCode(emailKey: string): Promise<StoredCode | null>;
  /** Replaces any previous code for this address: only the newest one works. */
  putCode(emailKey: string, code: StoredCode): Promise<void>;
  /** Counts a wrong try; returns the tries now used, or null when the code is gone or spent. */
  recordFailedAttempt(emailKey: string, codeHash: string, maxAttempts: number): Promise<number | null>;
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

export interface Store {
  programs: ProgramStore;
  users: UserStore;
  auth: AuthStore;
  /** A real keyed read against the table, for the health check. */
  ping(): Promise<void>;
}

export interface DocumentStorage {
  /** A real request against the bucket, for the health check. */
  ping(): Promise<void>;
}

export type Mail = { to: string; subject: string; text: string };

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** The local outbox: mail is kept in memory and readable at GET /api/dev/outbox. */
export interface Outbox extends Mailer {
  list(): readonly (Mail & { id: string; sentAt: string })[];
}
