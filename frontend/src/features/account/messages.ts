/**
 * Messages of "Mon compte": who is signed in, the personal-data export, and closing
 * the account (with the notice the home page shows afterwards).
 * Composed into the dictionaries loaded up front (`i18n/fr-journey.ts`, `i18n/en-journey.ts`).
 * French is the source of truth; a key missing in English is a type error.
 */
export const accountFr = {
  'myaccount.title': 'Mon compte',

  'myaccount.details.heading': 'Votre compte',
  'myaccount.details.email': 'Adresse e-mail',
  'myaccount.details.locale': 'Langue des e-mails que nous vous envoyons',
  'myaccount.details.displayName': 'Nom affiché',
  'myaccount.details.role': 'Rôle',
  'myaccount.locale.fr': 'Français',
  'myaccount.locale.en': 'Anglais',
  'myaccount.role.applicant': 'Porteur ou porteuse de projet',
  'myaccount.role.reviewer': 'Instructeur ou instructrice',
  'myaccount.role.manager': 'Gestionnaire',

  'myaccount.data.heading': 'Vos données',
  'myaccount.data.text':
    "Le fichier contient votre compte, vos sessions de connexion, l'historique de votre compte et, pour chacune de vos demandes, ce que vous avez saisi, vos pièces (avec un lien de téléchargement valable peu de temps), l'historique du dossier et les messages échangés, ainsi que les documents de votre portefeuille.",
  'myaccount.data.download': 'Télécharger mes données (JSON)',
  'myaccount.data.privacyLink': 'Comment nous utilisons vos données et combien de temps nous les gardons',

  'myaccount.wallet.heading': 'Mon portefeuille de documents',
  'myaccount.wallet.text':
    'Les documents de votre organisation (statuts, RIB, comptes…) que vous avez gardés pour les réutiliser d’une demande à l’autre, sans les renvoyer. Vous les gardez depuis l’étape « Pièces justificatives » d’une demande, après l’envoi. Nous vous écrivons 30 jours avant qu’un document expire si un brouillon en a besoin.',
  'myaccount.wallet.empty': 'Votre portefeuille est vide.',
  'myaccount.wallet.loadFailed': 'Votre portefeuille n’a pas pu être chargé.',
  'myaccount.wallet.validUntil': 'Valable jusqu’au {date}',
  'myaccount.wallet.noEndDate': 'Sans date de fin',
  'myaccount.wallet.expired': 'Expiré',
  'myaccount.wallet.expiresSoon': 'Expire bientôt',
  'myaccount.wallet.delete': 'Supprimer « {filename} » de mon portefeuille',
  'myaccount.wallet.deleteShort': 'Supprimer',
  'myaccount.wallet.deleting': 'Suppression…',
  'myaccount.wallet.deleted': '« {filename} » a été supprimé de votre portefeuille.',
  'myaccount.wallet.deleteFailed': '« {filename} » n’a pas pu être supprimé. Réessayez.',

  'myaccount.delete.heading': 'Supprimer mon compte',
  'myaccount.delete.intro': 'Si vous supprimez votre compte\u00a0:',
  'myaccount.delete.drafts': 'vos brouillons et leurs pièces justificatives sont effacés immédiatement et définitivement\u00a0;',
  'myaccount.delete.submitted':
    "vos demandes déposées sont conservées, comme la loi l'impose au service, mais votre nom, votre adresse e-mail, votre téléphone et le nom du signataire y sont remplacés\u00a0;",
  'myaccount.delete.sessions': 'vous êtes déconnecté ou déconnectée partout, sur tous vos appareils\u00a0;',
  'myaccount.delete.again': 'vous pourrez vous reconnecter plus tard avec la même adresse\u00a0: ce sera un nouveau compte, vide.',
  'myaccount.delete.button': 'Supprimer mon compte',
  'myaccount.delete.dialogTitle': 'Supprimer définitivement votre compte\u00a0?',
  'myaccount.delete.dialogText':
    'Cette action est immédiate et ne peut pas être annulée. Pour confirmer, saisissez l’adresse e-mail de votre compte.',
  'myaccount.delete.confirmEmail': 'Adresse e-mail de votre compte',
  'myaccount.delete.confirmEmailHint': 'Votre compte\u00a0: {email}',
  'myaccount.delete.confirm': 'Supprimer mon compte',
  'myaccount.delete.pending': 'Suppression en cours…',
  'myaccount.delete.cancel': 'Annuler',
  'myaccount.delete.emailMissing': 'Saisissez l’adresse e-mail de votre compte pour confirmer.',
  'myaccount.delete.emailWrong': 'Cette adresse n’est pas celle de votre compte.',

  'myaccount.staff.heading': 'Fermer votre compte',
  'myaccount.staff.text':
    "Les comptes des équipes du service sont fermés par un ou une gestionnaire de programme, depuis la page «\u00a0Équipe\u00a0» de l'espace instruction.",

  'myaccount.closed.title': 'Votre compte a été supprimé.',
  'myaccount.closed.drafts.zero': 'Aucun brouillon à effacer.',
  'myaccount.closed.drafts.one': '1 brouillon a été effacé avec ses pièces.',
  'myaccount.closed.drafts.many': '{count} brouillons ont été effacés avec leurs pièces.',
  'myaccount.closed.files.zero': 'Aucune demande déposée à conserver.',
  'myaccount.closed.files.one': '1 demande déposée est conservée sans vos coordonnées.',
  'myaccount.closed.files.many': '{count} demandes déposées sont conservées sans vos coordonnées.',
  'myaccount.closed.signedOut': 'Vous êtes déconnecté ou déconnectée.',
} as const;

export const accountEn: { readonly [K in keyof typeof accountFr]: string } = {
  'myaccount.title': 'My account',

  'myaccount.details.heading': 'Your account',
  'myaccount.details.email': 'Email address',
  'myaccount.details.locale': 'Language of the emails we send you',
  'myaccount.details.displayName': 'Display name',
  'myaccount.details.role': 'Role',
  'myaccount.locale.fr': 'French',
  'myaccount.locale.en': 'English',
  'myaccount.role.applicant': 'Applicant',
  'myaccount.role.reviewer': 'Reviewer',
  'myaccount.role.manager': 'Manager',

  'myaccount.data.heading': 'Your data',
  'myaccount.data.text':
    'The file holds your account, your sign-in sessions, your account’s history and, for each of your applications, what you entered, your documents (with a short-lived download link), the file’s history and the messages exchanged, and the documents in your wallet.',
  'myaccount.data.download': 'Download my data (JSON)',
  'myaccount.data.privacyLink': 'How we use your data and how long we keep it',

  'myaccount.wallet.heading': 'My document wallet',
  'myaccount.wallet.text':
    'Your organisation’s documents (articles, bank details, accounts…) kept to reuse from one application to the next without sending them again. You keep them from the “Supporting documents” step of an application, after sending them. We email you 30 days before a document expires if a draft needs it.',
  'myaccount.wallet.empty': 'Your wallet is empty.',
  'myaccount.wallet.loadFailed': 'Your wallet could not be loaded.',
  'myaccount.wallet.validUntil': 'Valid until {date}',
  'myaccount.wallet.noEndDate': 'No end date',
  'myaccount.wallet.expired': 'Expired',
  'myaccount.wallet.expiresSoon': 'Expires soon',
  'myaccount.wallet.delete': 'Remove “{filename}” from my wallet',
  'myaccount.wallet.deleteShort': 'Remove',
  'myaccount.wallet.deleting': 'Removing…',
  'myaccount.wallet.deleted': '“{filename}” was removed from your wallet.',
  'myaccount.wallet.deleteFailed': '“{filename}” could not be removed. Try again.',

  'myaccount.delete.heading': 'Delete my account',
  'myaccount.delete.intro': 'If you delete your account:',
  'myaccount.delete.drafts': 'your drafts and their supporting documents are erased at once and for good;',
  'myaccount.delete.submitted':
    'your submitted applications are kept, as the law requires of the service, but your name, email address, phone number and the signatory’s name are replaced in them;',
  'myaccount.delete.sessions': 'you are signed out everywhere, on all your devices;',
  'myaccount.delete.again': 'you can sign in again later with the same address: it will be a new, empty account.',
  'myaccount.delete.button': 'Delete my account',
  'myaccount.delete.dialogTitle': 'Delete your account for good?',
  'myaccount.delete.dialogText': 'This takes effect at once and cannot be undone. To confirm, type your account’s email address.',
  'myaccount.delete.confirmEmail': 'Your account’s email address',
  'myaccount.delete.confirmEmailHint': 'Your account: {email}',
  'myaccount.delete.confirm': 'Delete my account',
  'myaccount.delete.pending': 'Deleting…',
  'myaccount.delete.cancel': 'Cancel',
  'myaccount.delete.emailMissing': 'Type your account’s email address to confirm.',
  'myaccount.delete.emailWrong': 'This is not your account’s address.',

  'myaccount.staff.heading': 'Closing your account',
  'myaccount.staff.text': 'Staff accounts are closed by a programme manager, from the “Team” page of the staff area.',

  'myaccount.closed.title': 'Your account has been deleted.',
  'myaccount.closed.drafts.zero': 'There was no draft to erase.',
  'myaccount.closed.drafts.one': '1 draft was erased with its documents.',
  'myaccount.closed.drafts.many': '{count} drafts were erased with their documents.',
  'myaccount.closed.files.zero': 'There was no submitted application to keep.',
  'myaccount.closed.files.one': '1 submitted application is kept without your contact details.',
  'myaccount.closed.files.many': '{count} submitted applications are kept without your contact details.',
  'myaccount.closed.signedOut': 'You are signed out.',
};
