/** Notifications to applicants, in their language. Plain text: readable everywhere, nothing to sanitise. */
import type { Application } from '../domain/application';
import { formatDeadline, formatEuros, formatParisDate } from '../domain/format';
import type { Program } from '../domain/program';
import { DEFAULT_SITE, mailSignature, type Site } from '../domain/site';
import type { Locale, User } from '../domain/user';
import type { Mail } from '../store/store-ports';

/** The site configuration the signature names; set once at cold start by createApp from SITE_CONFIG. */
let signingSite: Site = DEFAULT_SITE;
export function signMailsAs(site: Site): void {
  signingSite = site;
}

/** The portal, its unit and authority, and the unit's address: from the site configuration, never written here. */
const SIGNATURE = {
  get fr() {
    return mailSignature(signingSite, 'fr');
  },
  get en() {
    return mailSignature(signingSite, 'en');
  },
};

/** The signature every email ends with, for builders outside this file (sign-in codes, invitations). */
export function mailFooter(locale: Locale): string {
  return SIGNATURE[locale];
}

export function submittedMail(user: User, application: Application, program: Program, siteOrigin: string, resubmitted: boolean): Mail {
  const link = `${siteOrigin}/demandes/${application.id}`;
  // The receipt needs a session: the email says so, and where else to find it.
  const receipt = `${siteOrigin}/api/applications/${application.id}/receipt.pdf`;
  const title = program.title[user.locale];
  if (user.locale === 'en') {
    return {
      to: user.email,
      subject: `${resubmitted ? 'Application resubmitted' : 'Application received'}: ${application.reference}`,
      text: `Hello,\n\nWe have ${resubmitted ? 'received the new version of' : 'received'} your application to "${title}".\nYour reference: ${application.reference}\nYour deposit receipt (PDF, once signed in): ${receipt}, also from your application page.\nThe call's deadline: ${formatDeadline(program.closesAt, 'en')}.\n\nThe ESS unit will review it; you can follow its status and exchange messages at ${link}\n\n${SIGNATURE.en}`,
    };
  }
  return {
    to: user.email,
    subject: `${resubmitted ? 'Demande redéposée' : 'Accusé de réception'} : ${application.reference}`,
    text: `Bonjour,\n\nNous avons bien reçu ${resubmitted ? 'la nouvelle version de ' : ''}votre demande de subvention au titre de « ${title} ».\nVotre référence : ${application.reference}\nVotre récépissé de dépôt (PDF, après connexion) : ${receipt}, aussi depuis la page de votre demande.\nDate limite de l’appel : ${formatDeadline(program.closesAt, 'fr')}.\n\nLe service ESS va l’instruire ; vous pouvez suivre son avancement et échanger avec nous sur ${link}\n\n${SIGNATURE.fr}`,
  };
}

export function withdrawnMail(user: User, application: Application, program: Program, siteOrigin: string): Mail {
  const name = application.reference ?? program.title[user.locale];
  const link = `${siteOrigin}/demandes/${application.id}`;
  if (user.locale === 'en') {
    return {
      to: user.email,
      subject: `Application withdrawn: ${name}`,
      text: `Hello,\n\nYour application "${name}" has been withdrawn at your request. It will not be reviewed.\nIt stays readable, with its history and messages, at ${link}\n\n${SIGNATURE.en}`,
    };
  }
  return {
    to: user.email,
    subject: `Demande retirée : ${name}`,
    text: `Bonjour,\n\nVotre demande « ${name} » a été retirée à votre demande. Elle ne sera pas instruite.\nElle reste consultable, avec son historique et ses messages, sur ${link}\n\n${SIGNATURE.fr}`,
  };
}

/**
 * A message from the unit in the application's thread. The body stays on the portal: a
 * message can name people, amounts or bank details, and email is neither encrypted end to
 * end nor erased when the file is; the email says a message is waiting and where.
 */
export function staffMessageMail(applicant: User, application: Application, program: Program, siteOrigin: string): Mail {
  const link = `${siteOrigin}/demandes/${application.id}`;
  const name = application.reference ?? program.title[applicant.locale];
  if (applicant.locale === 'en') {
    return {
      to: applicant.email,
      subject: `New message about your application ${name}`,
      text: `Hello,\n\nThe ESS unit has sent you a message about your application "${name}".\nFor your privacy it is not copied into this email: read it, and reply, at ${link}\n\n${SIGNATURE.en}`,
    };
  }
  return {
    to: applicant.email,
    subject: `Nouveau message sur votre demande ${name}`,
    text: `Bonjour,\n\nLe service ESS vous a écrit au sujet de votre demande « ${name} ».\nPour protéger vos données, le message n’est pas recopié dans ce courriel : lisez-le et répondez sur ${link}\n\n${SIGNATURE.fr}`,
  };
}

/** An applicant wrote in the thread: to a reviewer of the file, or the programme's contact address; body on the portal only. */
export function applicantMessageMail(
  to: { email: string; locale: Locale },
  application: Application,
  program: Program,
  siteOrigin: string,
): Mail {
  const link = `${siteOrigin}/gestion/demandes/${application.id}`;
  const name = application.reference ?? application.id;
  const organisation = application.organisation?.name;
  if (to.locale === 'en') {
    return {
      to: to.email,
      subject: `New message from the applicant: ${name}`,
      text: `Hello,\n\nThe applicant${organisation ? ` (${organisation})` : ''} has written about application ${name} to "${program.title.en}".\nRead the message and reply at ${link}\n\n${SIGNATURE.en}`,
    };
  }
  return {
    to: to.email,
    subject: `Nouveau message du porteur de projet : ${name}`,
    text: `Bonjour,\n\nLe porteur de projet${organisation ? ` (${organisation})` : ''} a écrit au sujet de la demande ${name} au titre de « ${program.title.fr} ».\nLisez le message et répondez sur ${link}\n\n${SIGNATURE.fr}`,
  };
}

type DecisionKind = 'request_changes' | 'approve' | 'reject' | 'reopen';

/** The decision email: what was decided, the amount, and the reason, in the applicant's language. */
export function decisionMail(
  user: User,
  application: Application,
  program: Program,
  kind: DecisionKind,
  message: string | null,
  siteOrigin: string,
): Mail {
  const link = `${siteOrigin}/demandes/${application.id}`;
  const ref = application.reference ?? program.title[user.locale];
  const amount = application.amountAwardedCents ?? 0;
  if (user.locale === 'en') {
    const body: Record<DecisionKind, { subject: string; text: string }> = {
      request_changes: {
        subject: `Changes requested on your application ${ref}`,
        text: `The ESS unit asks you to complete or correct your application:\n\n${message}\n\nYou can edit it and submit it again at ${link}`,
      },
      approve: {
        subject: `Application approved: ${ref}`,
        text: `Good news: your application to "${program.title.en}" is approved for ${formatEuros(amount, 'en')}.\n\nThe agreement and payment steps will follow. Details at ${link}`,
      },
      reject: {
        subject: `Decision on your application ${ref}`,
        text: `We are sorry: your application to "${program.title.en}" was not selected.\n\nReason: ${message}\n\nYou can reply to us at ${link}`,
      },
      reopen: {
        subject: `Your application ${ref} is being reviewed again`,
        text: `The decision on your application was reopened and it is being reviewed again.\n\nReason: ${message}\n\nDetails at ${link}`,
      },
    };
    return { to: user.email, subject: body[kind].subject, text: `Hello,\n\n${body[kind].text}\n\n${SIGNATURE.en}` };
  }
  const body: Record<DecisionKind, { subject: string; text: string }> = {
    request_changes: {
      subject: `Modifications demandées sur votre demande ${ref}`,
      text: `Le service ESS vous demande de compléter ou corriger votre demande :\n\n${message}\n\nVous pouvez la modifier et la redéposer sur ${link}`,
    },
    approve: {
      subject: `Demande acceptée : ${ref}`,
      text: `Bonne nouvelle : votre demande au titre de « ${program.title.fr} » est acceptée pour un montant de ${formatEuros(amount, 'fr')}.\n\nLa convention et le versement suivront. Détails sur ${link}`,
    },
    reject: {
      subject: `Décision sur votre demande ${ref}`,
      text: `Nous sommes désolés : votre demande au titre de « ${program.title.fr} » n’a pas été retenue.\n\nMotif : ${message}\n\nVous pouvez nous répondre sur ${link}`,
    },
    reopen: {
      subject: `Votre demande ${ref} est réexaminée`,
      text: `La décision sur votre demande a été rouverte : elle est de nouveau en instruction.\n\nMotif : ${message}\n\nDétails sur ${link}`,
    },
  };
  return { to: user.email, subject: body[kind].subject, text: `Bonjour,\n\n${body[kind].text}\n\n${SIGNATURE.fr}` };
}

/** Two weeks before an idle draft is erased (domain/retention.ts): what goes, when, and how to keep it. */
export function draftErasureWarningMail(
  user: User,
  application: Application,
  program: Program | null,
  erasureDate: Date,
  siteOrigin: string,
): Mail {
  const link = `${siteOrigin}/demandes/${application.id}/modifier`;
  const title = application.project.title || program?.title[user.locale] || application.id;
  const date = formatParisDate(erasureDate.toISOString(), user.locale);
  if (user.locale === 'en') {
    return {
      to: user.email,
      subject: `Your draft "${title}" will be erased from ${date}`,
      text: `Hello,\n\nYour draft application "${title}" has not been changed for a long time. As our personal-data policy states, it will be erased with its documents on or after ${date}.\n\nTo keep it, open it and save any change before that date: ${link}\nIf you no longer need it, there is nothing to do.\n\n${SIGNATURE.en}`,
    };
  }
  return {
    to: user.email,
    subject: `Votre brouillon « ${title} » sera effacé à partir du ${date}`,
    text: `Bonjour,\n\nVotre brouillon de demande « ${title} » n’a pas été modifié depuis longtemps. Comme l’annonce notre politique de protection des données, il sera effacé avec ses pièces à partir du ${date}.\n\nPour le conserver, ouvrez-le et enregistrez une modification d’ici là : ${link}\nSi vous n’en avez plus besoin, vous n’avez rien à faire.\n\n${SIGNATURE.fr}`,
  };
}
