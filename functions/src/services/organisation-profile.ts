/**
 * "Tell us once": the organisation section of an applicant's latest submitted application
 * is kept as the account's organisation profile, and a new application starts from it
 * (editable like any draft). The profile goes with the account: in its export, and
 * deleted at its closure.
 */
import type { Application, OrganisationDraft } from '../domain/application';
import { NotFoundError } from '../domain/errors';
import type { EligibilityAnswers } from '../domain/eligibility-schema';
import { normalizeSiret } from '../domain/siret';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import type { OrganisationProfile } from '../store/store-ports';

/** The organisation fields a profile keeps and gives back, by allow-list. */
const PROFILE_FIELDS = [
  'siret',
  'name',
  'legalForm',
  'creationDate',
  'street',
  'postcode',
  'city',
  'website',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
] as const satisfies readonly (keyof OrganisationDraft)[];

export function pickOrganisation(source: OrganisationDraft | undefined): OrganisationDraft {
  const picked: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = source?.[field];
    if (value !== undefined) picked[field] = value;
  }
  return picked as OrganisationDraft;
}

/** What GET /api/me/organisation and the export show of a profile. */
export function profileView(profile: OrganisationProfile) {
  return { organisation: pickOrganisation(profile.organisation), fromApplicationId: profile.fromApplicationId, savedAt: profile.savedAt };
}

const NO_PROFILE = {
  fr: 'Aucun profil d’organisation pour l’instant : il est enregistré quand vous déposez une demande.',
  en: 'No organisation profile yet: it is saved when you submit an application.',
};

/**
 * The organisation section a new draft starts with: the profile, then the eligibility
 * answers over it (they are what the person just said, for what they cover), and the
 * account's email as contact when the profile has none.
 */
export function prefillOrganisation(
  profile: OrganisationProfile | null,
  answers: EligibilityAnswers | undefined,
  accountEmail: string,
): OrganisationDraft {
  const organisation = pickOrganisation(profile?.organisation);
  if (answers) {
    organisation.legalForm = answers.legalForm;
    if (answers.siret !== null) organisation.siret = answers.siret;
    if (answers.creationDate !== null) organisation.creationDate = answers.creationDate;
    // A wizard answer "en création, no SIRET" overrides a SIRET from the profile.
    if (answers.siret === null && answers.legalForm === 'en_creation') organisation.siret = null;
  }
  if (!organisation.contactEmail) organisation.contactEmail = accountEmail;
  return organisation;
}

export function createOrganisationProfileService(deps: Deps) {
  const { store, clock, log } = deps;
  return {
    /** Called once a submission is committed: a failure here is logged, never undoes the submission. */
    async saveFromSubmission(user: User, application: Application): Promise<void> {
      if (user.role !== 'applicant' || application.ownerId !== user.id) return;
      try {
        const organisation = pickOrganisation(application.organisation);
        // Kept as the 14 digits, however it was typed, so the lookup and the eligibility check read it as is.
        if (organisation.siret) organisation.siret = normalizeSiret(organisation.siret);
        await store.profiles.put(user.id, {
          organisation,
          fromApplicationId: application.id,
          savedAt: clock().toISOString(),
        });
      } catch (error) {
        log.warn('organisation profile: not saved', { userId: user.id, applicationId: application.id, error: String(error) });
      }
    },

    async get(user: User) {
      const profile = await store.profiles.get(user.id);
      if (!profile) throw new NotFoundError(NO_PROFILE);
      return profileView(profile);
    },

    /** For the export: the profile as its holder sees it, or null. */
    async export(userId: string) {
      const profile = await store.profiles.get(userId);
      return profile ? profileView(profile) : null;
    },

    async erase(userId: string): Promise<void> {
      await store.profiles.delete(userId);
    },
  };
}

export type OrganisationProfileService = ReturnType<typeof createOrganisationProfileService>;
