/** The sign-in email, in the account's language (the interface's for an address without one yet). */
import type { Locale } from '../domain/user';
import { mailFooter } from '../services/mails';
import type { Mail } from '../store/store-ports';

export function codeMail(to: string, code: string, locale: Locale): Mail {
  if (locale === 'en') {
    return {
      to,
      subject: `Your Guichet sign-in code: ${code}`,
      text: `Hello,\n\nYour sign-in code is ${code}. It is valid for 10 minutes and can be used once.\n\nIf you did not ask for it, ignore this email: nobody can sign in without the code.\n\n${mailFooter('en')}`,
    };
  }
  return {
    to,
    subject: `Votre code de connexion Guichet : ${code}`,
    text: `Bonjour,\n\nVotre code de connexion est ${code}. Il est valable 10 minutes et ne sert qu’une fois.\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message : personne ne peut se connecter sans le code.\n\n${mailFooter('fr')}`,
  };
}
