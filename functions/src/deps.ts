/** What `createApp` is built from: every side effect arrives through here, so tests swap none of it. */
import type { RequestIdVariables } from 'hono/request-id';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import type { DocumentStorage, Mailer, Outbox, Store } from './store/ports';

export type Deps = {
  config: AppConfig;
  store: Store;
  documents: DocumentStorage;
  mailer: Mailer;
  /** Present only in local mode; its presence mounts GET /api/dev/outbox. */
  outbox?: Outbox;
  clock: () => Date;
  log: Logger;
};

/** Hono environment shared by every router. */
export type AppEnv = { Variables: RequestIdVariables };
