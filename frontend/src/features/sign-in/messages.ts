/**
 * Messages of signing in with a code sent by email.
 * Composed into the dictionaries loaded up front (`i18n/fr.ts`, `i18n/en.ts`).
 * French is the source of truth; a key missing in English is a type error.
 */
export const signInFr = {
  'signin.title': 'Se connecter',
  'signin.intro': 'Pas de mot de passe à retenir\u00a0: nous vous envoyons un code à usage unique par e-mail.',
  'signin.emailHeading': 'Votre adresse e-mail',
  'signin.email': 'Adresse e-mail',
  'signin.emailHint': 'Par exemple\u00a0: nom@exemple.fr',
  'signin.sendCode': 'Recevoir un code',
  'signin.sending': 'Envoi en cours…',
  'signin.codeHeading': 'Saisissez le code reçu',
  'signin.codeSent': 'Nous avons envoyé un code à 6 chiffres à {email}. Il est valable {minutes} minutes.',
  'signin.code': 'Code à 6 chiffres',
  'signin.codeHint': 'Si vous ne le trouvez pas, regardez dans vos courriers indésirables.',
  'signin.submit': 'Se connecter',
  'signin.resend': 'Renvoyer un code',
  'signin.resendIn': 'Renvoyer un code (dans {seconds} s)',
  'signin.resent': 'Un nouveau code vient de vous être envoyé. Seul le dernier code reçu est valable.',
  'signin.changeEmail': "Changer d'adresse e-mail",
  'signin.error.emailMissing': 'Indiquez votre adresse e-mail.',
  'signin.error.emailFormat': 'Indiquez une adresse e-mail complète, par exemple nom@exemple.fr.',
  'signin.error.codeFormat': 'Le code comporte 6 chiffres\u00a0: vérifiez votre saisie.',
  'signin.error.tooMany': 'Trop de tentatives. Réessayez dans {seconds} secondes.',
  'signin.privacy': 'Vos données\u00a0: comment nous les utilisons',
} as const;

export const signInEn: { readonly [K in keyof typeof signInFr]: string } = {
  'signin.title': 'Sign in',
  'signin.intro': 'No password to remember: we email you a one-time code.',
  'signin.emailHeading': 'Your email address',
  'signin.email': 'Email address',
  'signin.emailHint': 'For example: name@example.com',
  'signin.sendCode': 'Get a code',
  'signin.sending': 'Sending…',
  'signin.codeHeading': 'Enter the code you received',
  'signin.codeSent': 'We have sent a 6-digit code to {email}. It is valid for {minutes} minutes.',
  'signin.code': '6-digit code',
  'signin.codeHint': 'If you cannot find it, look in your spam folder.',
  'signin.submit': 'Sign in',
  'signin.resend': 'Send a new code',
  'signin.resendIn': 'Send a new code (in {seconds} s)',
  'signin.resent': 'A new code has just been sent. Only the latest code works.',
  'signin.changeEmail': 'Use a different email address',
  'signin.error.emailMissing': 'Enter your email address.',
  'signin.error.emailFormat': 'Enter a full email address, for example name@example.com.',
  'signin.error.codeFormat': 'The code has 6 digits: check what you typed.',
  'signin.error.tooMany': 'Too many attempts. Try again in {seconds} seconds.',
  'signin.privacy': 'Your data: how we use it',
};
