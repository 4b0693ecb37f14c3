/**
 * The daily wallet reminder: a kept document reaching its last valid day within
 * WALLET_REMINDER_DAYS (30) is worth an email only if the holder has an open draft whose
 * programme requires that type and that has no usable document of it yet. The item is
 * marked before the mail goes (a conditional write), so it is reminded once whatever the
 * number of runs; an item no draft needs stays unmarked and is looked at again the next day.
 */
import { isUsable, type Application } from '../domain/application';
import { parisToday } from '../domain/calendar';
import { DOCUMENT_TYPE_LABELS } from '../domain/application-steps';
import { formatCalendarDay } from '../domain/format';
import { isEditable } from '../domain/lifecycle';
import type { Program } from '../domain/program';
import { isOpen } from '../domain/program-window';
import type { User } from '../domain/user';
import { WALLET_REMINDER_DAYS, addDays, reminderDue, type WalletItem } from '../domain/wallet';
import type { Logger } from '../logger';
import type { Mail, Mailer, Store } from '../store/store-ports';
import { deliver } from './mail-delivery';
import { mailFooter } from './mails';

export type WalletReminderReport = { considered: number; reminded: number };

/** The email: which document, until when, for which draft, and where to replace it ("Mon compte"). */
export function walletReminderMail(user: User, item: WalletItem, draftTitle: string, siteOrigin: string): Mail {
  const link = `${siteOrigin}/compte`;
  const label = DOCUMENT_TYPE_LABELS[item.type][user.locale];
  const until = formatCalendarDay(item.validUntil ?? '', user.locale);
  if (user.locale === 'en') {
    return {
      to: user.email,
      subject: `Your document "${label}" expires on ${until}`,
      text: `Hello,\n\nThe document "${label}" (${item.filename}) kept in your document wallet is valid until ${until}.\nYour draft application "${draftTitle}" asks for it: to reuse it, add it before that date, or keep an up-to-date version in your wallet.\n\nYour wallet is on "My account": ${link}\n\n${mailFooter('en')}`,
    };
  }
  return {
    to: user.email,
    subject: `Votre document « ${label} » expire le ${until}`,
    text: `Bonjour,\n\nLe document « ${label} » (${item.filename}) gardé dans votre portefeuille de documents est valable jusqu’au ${until}.\nVotre brouillon de demande « ${draftTitle} » le demande : ajoutez-le avant cette date, ou gardez une version à jour dans votre portefeuille.\n\nVotre portefeuille est sur « Mon compte » : ${link}\n\n${mailFooter('fr')}`,
  };
}

export async function sendWalletReminders(deps: {
  store: Store;
  mailer: Mailer;
  clock: () => Date;
  log: Logger;
  siteOrigin: string;
}): Promise<WalletReminderReport> {
  const { store, clock, log } = deps;
  const now = clock();
  const today = parisToday(now);
  const report: WalletReminderReport = { considered: 0, reminded: 0 };
  const programs = new Map<string, Program | null>();
  const program = async (id: string) => {
    if (!programs.has(id)) programs.set(id, await store.programs.get(id));
    return programs.get(id) ?? null;
  };
  const drafts = new Map<string, Application[]>();
  const openDrafts = async (userId: string) => {
    if (!drafts.has(userId)) {
      const found: Application[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.applications.listByOwner(userId, 100, cursor);
        found.push(...page.items.filter((a) => isEditable(a.status)));
        cursor = page.cursor;
      } while (cursor);
      drafts.set(userId, found);
    }
    return drafts.get(userId) ?? [];
  };

  for (const { userId, item } of await store.wallet.listExpiring(today, addDays(today, WALLET_REMINDER_DAYS))) {
    if (!reminderDue(item, today)) continue;
    report.considered += 1;
    let needing: Application | null = null;
    for (const draft of await openDrafts(userId)) {
      const p = await program(draft.programId);
      if (!p || !isOpen(p, now) || !p.documents.some((d) => d.type === item.type && d.required)) continue;
      const bundle = await store.applications.getWithChildren(draft.id);
      if (bundle?.documents.some((d) => d.type === item.type && isUsable(d))) continue;
      needing = draft;
      break;
    }
    if (!needing) continue;
    const user = await store.users.get(userId);
    if (user?.status !== 'active') continue;
    // Marked first: if the mail then fails it is queued, never sent twice by a second run.
    if (!(await store.wallet.markReminded(userId, item.id, now.toISOString()))) continue;
    const title = needing.project.title || (await program(needing.programId))?.title[user.locale] || needing.id;
    await deliver(deps, walletReminderMail(user, item, title, deps.siteOrigin));
    report.reminded += 1;
  }
  log.info('wallet: reminders', report);
  return report;
}
