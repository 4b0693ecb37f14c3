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
  findByEmail(email: string): Promise<User | null>;
  /** Creates the user and its email index in one transaction unless the email is taken. */
  createIfAbsent(user: User): Promise<User>;
}

export interface Store {
  programs: ProgramStore;
  users: UserStore;
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
