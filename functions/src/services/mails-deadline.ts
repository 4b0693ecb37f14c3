/**
 * The deadline reminder: 7 and 2 days before a programme's deadline, to each holder of a
 * draft, in the account's language, with the deadline's day, minute and time zone and a
 * link to the draft.
 */
import type { Application } from '../domain/application';
import { formatDeadline } from '../domain/format';
import { timeLeft } from '../domain/program-window';
import type { Program } from '../domain/program';
import type { User } from '../domain/user';
import type { Mail } from '../store/store-ports';
import { mailFooter } from './mails';

export function deadlineReminderMail(
  user: Pick<User, 'email' | 'locale'>,
  application: Pick<Application, 'id' | 'project'>,
  program: Pick<Program, 'title' | 'closesAt'>,
  now: Date,
  siteOrigin: string,
): Mail {
  const locale = user.locale;
  const link = `${siteOrigin}/demandes/${application.id}/modifier`;
  const call = program.title[locale];
  const project = application.project.title?.trim();
  const deadline = formatDeadline(program.closesAt, locale);
  const left = timeLeft(program.closesAt, now);
  const days = left.kind === 'days' ? left.days : 0;
  if (locale === 'en') {
    const what = project ? `Your draft application "${project}" to "${call}"` : `Your draft application to "${call}"`;
    return {
      to: user.email,
      subject: `${days > 1 ? `${days} days left` : days === 1 ? 'One day left' : 'Last day'} to submit your application to "${call}"`,
      text: `Hello,\n\n${what} has not been submitted yet.\nThe deadline is ${deadline} (that minute included).\n\nFinish and submit it at ${link}\n\n${mailFooter('en')}`,
    };
  }
  const what = project
    ? `Votre brouillon de demande « ${project} » au titre de « ${call} »`
    : `Votre brouillon de demande au titre de « ${call} »`;
  return {
    to: user.email,
    subject: `${days > 1 ? `Plus que ${days} jours` : days === 1 ? 'Plus qu’un jour' : 'Dernier jour'} pour déposer votre demande « ${call} »`,
    text: `Bonjour,\n\n${what} n’a pas encore été déposé.\nLa date limite de dépôt est le ${deadline} (cette minute comprise).\n\nTerminez-le et déposez-le sur ${link}\n\n${mailFooter('fr')}`,
  };
}
