/**
 * The document wallet (domain/wallet.ts): an applicant keeps a verified, clean document
 * of the organisation (statuts, RIB…) once, with a validity date, and reuses it in a
 * later application with one call. Kept bytes are a copy of the verified ones under
 * `wallet/<userId>/<walletId>/<sha256>`, a prefix no upload form can target; a reuse
 * copies them to the new document's verified key, checks them by content against that
 * programme and scans them again (services/documents.ts `adopt`).
 */
import { isUsable } from '../domain/application';
import { parisToday } from '../domain/calendar';
import { contentDispositionAttachment } from '../domain/content-disposition';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import type { User } from '../domain/user';
import {
  MAX_WALLET_ITEMS,
  checkValidUntil,
  defaultValidUntil,
  isWalletDocumentType,
  walletValidity,
  type WalletItem,
} from '../domain/wallet';
import type { Deps } from '../deps';
import { newId } from '../store/ids';
import type { DocumentService } from './documents';
import { verifiedObjectKey } from './documents';

/** Where a kept document's bytes live. */
export const walletObjectKey = (userId: string, walletId: string, sha256: string) => `wallet/${userId}/${walletId}/${sha256}`;
/** Everything an account keeps in the bucket's wallet prefix. */
export const walletPrefix = (userId: string) => `wallet/${userId}/`;

const ITEM_NOT_FOUND = { fr: "Ce document n'est pas dans votre portefeuille.", en: 'This document is not in your wallet.' };
const DOCUMENT_NOT_FOUND = { fr: "Ce document n'existe pas.", en: 'This document does not exist.' };
const NOT_ORGANISATION_DOCUMENT = {
  fr: 'Seuls les documents de l’organisation (statuts, RIB, comptes, Kbis…) se gardent dans le portefeuille.',
  en: 'Only the organisation’s documents (articles, bank details, accounts, Kbis…) can be kept in the wallet.',
};
const NOT_USABLE_YET = {
  fr: 'Ce document n’est pas encore vérifié et analysé : attendez la fin de la vérification.',
  en: 'This document has not been verified and scanned yet: wait for the check to finish.',
};
const WALLET_FULL = {
  fr: `Votre portefeuille contient déjà ${MAX_WALLET_ITEMS} documents : supprimez ceux qui ne servent plus.`,
  en: `Your wallet already holds ${MAX_WALLET_ITEMS} documents: delete those no longer needed.`,
};
const EXPIRED = {
  fr: 'Ce document de votre portefeuille a expiré : envoyez une version à jour.',
  en: 'This wallet document has expired: upload an up-to-date version.',
};

/** What the holder sees of an item: by allow-list, with its validity worked out for today. */
export function walletItemView(item: WalletItem, today: string) {
  return {
    id: item.id,
    type: item.type,
    filename: item.filename,
    contentType: item.contentType,
    size: item.size,
    sha256: item.sha256,
    validUntil: item.validUntil,
    addedAt: item.addedAt,
    fromApplicationId: item.fromApplicationId,
    ...walletValidity(item.validUntil, today),
  };
}

export function createWalletService(deps: Deps, documentService: Pick<DocumentService, 'adopt'>) {
  const { store, documents: storage, clock, log } = deps;
  const today = () => parisToday(clock());

  async function ownItem(user: User, walletId: string): Promise<WalletItem> {
    const item = await store.wallet.get(user.id, walletId);
    if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
    return item;
  }

  return {
    async list(user: User) {
      const day = today();
      return (await store.wallet.list(user.id)).map((item) => walletItemView(item, day));
    },

    async keep(user: User, input: { applicationId: string; documentId: string; validUntil?: string | null }) {
      const application = await store.applications.get(input.applicationId);
      const document =
        application?.ownerId === user.id ? await store.applications.getDocument(input.applicationId, input.documentId) : null;
      if (!application || !document) throw new NotFoundError(DOCUMENT_NOT_FOUND);
      const type = document.type;
      if (!isWalletDocumentType(type)) {
        throw new ValidationError([{ path: 'body.documentId', message: NOT_ORGANISATION_DOCUMENT }], NOT_ORGANISATION_DOCUMENT);
      }
      if (!isUsable(document) || !document.sha256) throw new ConflictError(NOT_USABLE_YET);
      const day = today();
      let validUntil = defaultValidUntil(type, day);
      if (input.validUntil !== undefined) {
        const problem = input.validUntil === null ? null : checkValidUntil(input.validUntil, day);
        if (problem) throw new ValidationError([{ path: 'body.validUntil', message: problem }], problem);
        validUntil = input.validUntil;
      }
      const existing = await store.wallet.list(user.id);
      // The same bytes kept twice (a double click) are one item.
      const same = existing.find((i) => i.type === type && i.sha256 === document.sha256);
      if (same) return { item: walletItemView(same, day), created: false };
      if (existing.length >= MAX_WALLET_ITEMS) throw new ConflictError(WALLET_FULL);
      const at = clock();
      const item: WalletItem = {
        id: newId('doc', at),
        type,
        filename: document.filename,
        contentType: document.contentType,
        size: document.verifiedSize ?? document.declaredSize,
        sha256: document.sha256,
        scan: 'clean',
        validUntil,
        addedAt: at.toISOString(),
        fromApplicationId: application.id,
        remindedAt: null,
      };
      await storage.copy(
        verifiedObjectKey(application.id, document.id, document.sha256),
        walletObjectKey(user.id, item.id, document.sha256),
      );
      await store.wallet.put(user.id, item);
      log.info('wallet: kept', { userId: user.id, walletId: item.id, type });
      return { item: walletItemView(item, day), created: true };
    },

    async remove(user: User, walletId: string): Promise<void> {
      await ownItem(user, walletId);
      // Every stored version of the bytes (the bucket is versioned in AWS), then the item.
      await storage.deletePrefix(`${walletPrefix(user.id)}${walletId}/`);
      await store.wallet.delete(user.id, walletId);
      log.info('wallet: removed', { userId: user.id, walletId });
    },

    async reuse(user: User, applicationId: string, walletId: string) {
      const item = await ownItem(user, walletId);
      if (walletValidity(item.validUntil, today()).expired) throw new ConflictError(EXPIRED);
      return documentService.adopt(user, applicationId, {
        type: item.type,
        filename: item.filename,
        contentType: item.contentType,
        sha256: item.sha256,
        key: walletObjectKey(user.id, item.id, item.sha256),
      });
    },
  };
}

export type WalletService = ReturnType<typeof createWalletService>;

/** For the personal-data export: each item with a fresh link to its bytes. */
export async function exportWallet(deps: Pick<Deps, 'store' | 'documents' | 'clock'>, userId: string, expiresInSeconds: number) {
  const day = parisToday(deps.clock());
  const items = [];
  for (const item of await deps.store.wallet.list(userId)) {
    const downloadUrl = await deps.documents.presignDownload({
      key: walletObjectKey(userId, item.id, item.sha256),
      contentDisposition: contentDispositionAttachment(item.filename),
      contentType: item.contentType,
      expiresInSeconds,
    });
    items.push({ ...walletItemView(item, day), downloadUrl });
  }
  return items;
}

/** For the account's closure: every item and every stored version of its bytes; returns how many items went. */
export async function eraseWallet(deps: Pick<Deps, 'store' | 'documents'>, userId: string): Promise<number> {
  await deps.documents.deletePrefix(walletPrefix(userId));
  return deps.store.wallet.deleteAll(userId);
}
