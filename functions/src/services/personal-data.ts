/**
 * The person's rights over their data (GDPR articles 15, 17 and 20): everything held
 * about them as one JSON document, and closing their account. Closing erases what the
 * authority has no reason to keep (drafts never submitted, with every stored version of
 * their documents) and pseudonymises what it must keep (submitted files: name, email,
 * phone and signatory replaced), then ends every session.
 */
import type { Application } from '../domain/application';
import { contentDispositionAttachment } from '../domain/content-disposition';
import { ForbiddenError, ValidationError } from '../domain/errors';
import { isUsable } from '../domain/application';
import { auditEvent } from '../domain/audit';
import { PSEUDONYM, pseudonymiseSections, pseudonymousEmail } from '../domain/retention';
import { normalizeEmail, type User } from '../domain/user';
import type { Deps } from '../deps';
import { newId } from '../store/ids';
import { forApplicant, timelineFor } from './application-audiences';
import { verifiedObjectKey } from './documents';
import { eraseApplication } from './erasure';
import { eraseWallet, exportWallet } from './wallet';
import { createOrganisationProfileService } from './organisation-profile';

/** Export links last long enough to download a dozen documents by hand. */
export const EXPORT_LINK_SECONDS = 60 * 60;
/** How many times a draft is re-read when the holder's other tab saves it during the closure. */
const ERASE_TRIES = 3;

const STAFF_CANNOT_SELF_ERASE = {
  fr: 'Les comptes des agents sont fermés par un gestionnaire (page Équipe), pas par leur titulaire.',
  en: 'Staff accounts are closed by a manager (Team page), not by their holder.',
};
const WRONG_CONFIRMATION = {
  fr: 'Saisissez l’adresse e-mail de ce compte pour confirmer.',
  en: 'Type this account’s email address to confirm.',
};

const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

export function createPersonalDataService(deps: Deps) {
  const { store, documents: storage, clock, log } = deps;
  const profiles = createOrganisationProfileService(deps);

  /** Every application of the holder, following the owner index to its end. */
  async function ownedApplications(userId: string): Promise<Application[]> {
    const all: Application[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.applications.listByOwner(userId, 100, cursor);
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return all;
  }

  return {
    async export(user: User) {
      const exportedAt = clock().toISOString();
      const [sessions, accountEvents, owned, wallet, organisationProfile] = await Promise.all([
        store.personalData.listSessions(user.id),
        store.users.listEvents(user.id),
        user.role === 'applicant' ? ownedApplications(user.id) : Promise.resolve([]),
        user.role === 'applicant' ? exportWallet(deps, user.id, EXPORT_LINK_SECONDS) : Promise.resolve([]),
        user.role === 'applicant' ? profiles.export(user.id) : Promise.resolve(null),
      ]);
      const titles = new Map<string, { fr: string; en: string } | null>();
      const applications = [];
      for (const owned_ of owned) {
        const bundle = await store.applications.getWithChildren(owned_.id);
        if (!bundle) continue;
        if (!titles.has(bundle.application.programId)) {
          titles.set(bundle.application.programId, (await store.programs.get(bundle.application.programId))?.title ?? null);
        }
        const documents = [];
        for (const document of bundle.documents) {
          const downloadUrl =
            isUsable(document) && document.sha256
              ? await storage.presignDownload({
                  key: verifiedObjectKey(document.applicationId, document.id, document.sha256),
                  contentDisposition: contentDispositionAttachment(document.filename),
                  contentType: document.contentType,
                  expiresInSeconds: EXPORT_LINK_SECONDS,
                })
              : null;
          documents.push({ ...document, downloadUrl });
        }
        applications.push({
          application: forApplicant(bundle.application),
          programTitle: titles.get(bundle.application.programId) ?? null,
          documents,
          // What the holder sees on their file's page, no more: staff-only events stay out.
          events: timelineFor(user, bundle.events, bundle.reviews),
          messages: bundle.messages,
        });
      }
      log.info('personal data: exported', { userId: user.id, applications: applications.length });
      return {
        exportedAt,
        account: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          locale: user.locale,
          status: user.status,
          createdAt: user.createdAt,
        },
        sessions: sessions.map((s) => ({ createdAt: iso(s.createdAt), lastSeenAt: iso(s.lastSeenAt), expiresAt: iso(s.expiresAt) })),
        accountEvents,
        applications,
        wallet,
        organisationProfile,
        downloadLinksExpireInSeconds: EXPORT_LINK_SECONDS,
      };
    },

    async erase(user: User, confirmEmail: string) {
      if (user.role !== 'applicant') throw new ForbiddenError(STAFF_CANNOT_SELF_ERASE);
      if (normalizeEmail(confirmEmail) !== normalizeEmail(user.email)) {
        throw new ValidationError([{ path: 'body.confirmEmail', message: WRONG_CONFIRMATION }], WRONG_CONFIRMATION);
      }
      const actor = { id: user.id, role: 'applicant' as const, displayName: PSEUDONYM };
      let erasedDrafts = 0;
      let pseudonymisedApplications = 0;
      for (const listed of await ownedApplications(user.id)) {
        let application: Application | null = listed;
        if (application.submittedAt === null) {
          // Never submitted: the authority has no reason to keep it. A save from another
          // tab may move its version meanwhile; read it again and retry.
          for (let tries = 0; application && tries < ERASE_TRIES; tries++) {
            if (await eraseApplication(deps, application, actor, 'account_closed')) {
              erasedDrafts += 1;
              break;
            }
            application = await store.applications.get(application.id);
          }
          continue;
        }
        await store.personalData.pseudonymiseApplication(
          application.id,
          user.id,
          pseudonymiseSections(application),
          PSEUDONYM,
          clock().toISOString(),
        );
        pseudonymisedApplications += 1;
      }
      // The document wallet: items and every stored version of their bytes.
      const walletItems = await eraseWallet(deps, user.id);
      // The organisation profile that pre-filled new applications.
      await profiles.erase(user.id);
      const at = clock().toISOString();
      await store.personalData.eraseAccount(
        user.id,
        pseudonymousEmail(user.id),
        auditEvent({
          id: newId('evt', clock()),
          subject: 'user',
          subjectId: user.id,
          type: 'account_erased',
          at,
          actor,
          change: { changed: ['status'], before: { status: user.status }, after: { status: 'erased' } },
        }),
      );
      const sessions = await store.auth.deleteUserSessions(user.id);
      log.info('personal data: account closed', { userId: user.id, erasedDrafts, pseudonymisedApplications, walletItems, sessions });
      return { erasedDrafts, pseudonymisedApplications };
    },
  };
}

export type PersonalDataService = ReturnType<typeof createPersonalDataService>;
