/**
 * The local outbox: nothing leaves the machine. Each mail is printed to the console
 * and kept in memory so a developer (or an e2e test) can read one-time codes at
 * GET /api/dev/outbox, a route that exists only in local mode.
 */
import { randomUUID } from 'node:crypto';
import type { Mail, Outbox } from '../store/store-ports';

const MAX_KEPT = 500;

export function createOutboxMailer(print: (line: string) => void = (l) => console.log(l)): Outbox {
  const sent: (Mail & { id: string; sentAt: string })[] = [];
  return {
    async send(mail) {
      const entry = { ...mail, id: randomUUID(), sentAt: new Date().toISOString() };
      sent.unshift(entry);
      sent.length = Math.min(sent.length, MAX_KEPT);
      print(`\n📬 outbox → ${mail.to}\n   ${mail.subject}\n   ${mail.text.split('\n').join('\n   ')}\n`);
    },
    list: () => sent,
  };
}
