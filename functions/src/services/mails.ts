/** Notifications to applicants, in their language. Plain text: readable everywhere, nothing to sanitise. */
import type { Application } from '../domain/application';
import type { Program } from '../domain/program';
import type { User } from '../domain/user';
import type { Mail } from '../store/ports';

const SIGNATURE = {
  fr: '— Guichet, subventions de l’économie sociale et solidaire',
  en: '— Guichet, social and solidarity economy grants',
};

export function submittedMail(user: User, application: Application, program: Program, siteOrigin: string, resubmitted: boolean): Mail {
  const link = `${siteOrigin}/demandes/${application.id}`;
  const title = program.title[user.locale];
  if (user.locale === 'en') {
    return {
      to: user.email,
      subject: `${resubmitted ? 'Application resubmitted' : 'Application received'}: ${application.reference}`,
      text: `Hello,\n\nWe have ${resubmitted ? 'received the new version of' : 'received'} your application to "${title}".\nYour reference: ${application.reference}\n\nThe ESS unit will review it; you can follow its status and exchange messages at ${link}\n\n${SIGNATURE.en}`,
    };
  }
  return {
    to: user.email,
    subject: `${resubmitted ? 'Demande redéposée' : 'Accusé de réception'} : ${application.reference}`,
    text: `Bonjour,\n\nNous avons bien reçu ${resubmitted ? 'la nouvelle version de ' : ''}votre demande de subvention au titre de « ${title} ».\nVotre référence : ${application.reference}\n\nLe service ESS va l’instruire ; vous pouvez suivre son avancement et échanger avec nous sur ${link}\n\n${SIGNATURE.fr}`,
  };
}

export function withdrawnMail(user: User, application: Application, program: Program): Mail {
  const name = application.reference ?? program.title[user.locale];
  if (user.locale === 'en') {
    return {
      to: user.email,
      subject: `Application withdrawn: ${name}`,
      text: `Hello,\n\nYour application "${name}" has been withdrawn at your request. It will not be reviewed.\n\n${SIGNATURE.en}`,
    };
  }
  return {
    to: user.email,
    subject: `Demande retirée : ${name}`,
    text: `Bonjour,\n\nVotre demande « ${name} » a été retirée à votre demande. Elle ne sera pas instruite.\n\n${SIGNATURE.fr}`,
  };
}
