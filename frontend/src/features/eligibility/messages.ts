/**
 * Messages of the eligibility check: the six questions, the verdict and starting a draft from it.
 * Composed into the dictionaries loaded up front (`i18n/fr.ts`, `i18n/en.ts`).
 * French is the source of truth; a key missing in English is a type error.
 */
export const eligibilityFr = {
  'journey.optional': '(facultatif)',

  'elig.title': 'Vérifier mon éligibilité',
  'elig.docTitle': 'Éligibilité — {program}',
  'elig.intro': 'Six questions pour savoir si «\u00a0{program}\u00a0» peut financer votre projet. Vos réponses restent sur cet appareil.',
  'elig.closed': "Cet appel à projets n'accepte pas de demandes en ce moment. Vous pouvez consulter ses conditions sur sa page.",
  'elig.progress': 'Question {step} sur {count}',
  'elig.next': 'Continuer',
  'elig.back': 'Retour',
  'elig.backToProgram': "Retour à l'appel à projets",
  'elig.seeResult': 'Voir le résultat',

  'elig.legalForm.question': 'Quelle est la forme juridique de votre structure\u00a0?',
  'elig.legalForm.hint.esus': "Entreprise commerciale ayant l'agrément «\u00a0entreprise solidaire d'utilité sociale\u00a0».",
  'elig.legalForm.hint.en_creation': "Votre structure n'est pas encore immatriculée.",

  'elig.commune.question': 'Dans quelle commune se déroule le projet\u00a0?',
  'elig.commune.hint':
    'Tapez le nom ou le code postal, puis choisissez dans la liste. Elle contient les {count} communes du territoire ({territory}).',
  'elig.commune.listLabel': 'Communes du territoire',
  'elig.commune.unlisted': "Ma commune n'est pas dans la liste",
  'elig.commune.unlistedChosen':
    'Vous indiquez que le projet se déroule hors du territoire ({territory}). Vous pouvez continuer\u00a0: le résultat vous dira ce que cela implique.',
  'elig.commune.noMatch':
    "Aucune commune du territoire ne correspond. Vous pouvez choisir «\u00a0Ma commune n'est pas dans la liste\u00a0».",
  'elig.commune.oneMatch': '1 commune correspond.',
  'elig.commune.matches': '{count} communes correspondent.',
  'elig.stage.creation.hint': "L'activité n'a pas encore démarré, ou vient tout juste de démarrer.",
  'elig.stage.development.hint': "L'activité existe déjà\u00a0: vous voulez la consolider ou l'étendre.",

  'elig.amount.question': 'Quel montant de subvention demandez-vous\u00a0?',
  'elig.amount.hint': 'Ce programme accorde de {min} à {max}.',
  'elig.budget.question': 'Quel est le budget total du projet\u00a0?',
  'elig.budget.hint':
    'Comptez toutes les dépenses du projet, y compris celles financées autrement. Ce programme finance au plus {percent} de ce budget.',
  'elig.money.example': 'En euros, par exemple\u00a0: 12 000 ou 12 000,50.',
  'elig.money.readback': 'Montant compris\u00a0: {amount}',

  'elig.org.question': 'Votre structure',
  'elig.org.intro': "Le numéro SIRET et la date de création figurent sur l'avis de situation Sirene de votre structure.",
  'elig.org.introCreating':
    "Votre structure est en cours de création\u00a0: la date de création n'est pas demandée, et le numéro SIRET seulement si vous l'avez déjà.",
  'elig.org.siret': 'Numéro SIRET',
  'elig.org.siretHint': '14 chiffres, avec ou sans espaces. Vous le trouverez aussi sur annuaire-entreprises.data.gouv.fr.',
  'elig.org.siretOk': 'Numéro SIRET valide.',
  'elig.org.creationDate': 'Date de création de la structure',
  'elig.org.creationDateHint': "Date d'immatriculation ou de déclaration en préfecture.",

  'elig.error.legalForm': 'Choisissez la forme juridique de votre structure.',
  'elig.error.commune': "Choisissez la commune du projet dans la liste, ou indiquez qu'elle n'y est pas.",
  'elig.error.stage': 'Indiquez le stade de votre projet.',
  'elig.error.amountMissing': 'Indiquez le montant de subvention demandé.',
  'elig.error.budgetMissing': 'Indiquez le budget total du projet.',
  'elig.error.moneyFormat': 'Indiquez un montant en euros, en chiffres, par exemple 12 000 ou 12 000,50.',
  'elig.error.moneyTooHigh': 'Ce montant est trop élevé\u00a0: vérifiez le nombre de chiffres.',
  'elig.error.budgetZero': 'Le budget total doit être supérieur à 0 €.',
  'elig.error.siretMissing': 'Indiquez le numéro SIRET de votre structure (14 chiffres).',
  'elig.error.creationDateMissing': 'Indiquez la date de création de votre structure.',
  'elig.error.creationDateFuture': "La date de création ne peut pas être postérieure à aujourd'hui.",

  'elig.verdict.checking': 'Vérification de vos réponses…',
  'elig.verdict.error': "Nous n'avons pas pu vérifier votre éligibilité.",
  'elig.verdict.eligible': 'Votre projet semble éligible',
  'elig.verdict.ineligible': "Votre projet n'est pas éligible en l'état",
  'elig.verdict.introEligible':
    "D'après vos réponses, votre projet remplit toutes les conditions de «\u00a0{program}\u00a0». Le service ESS vérifiera ces informations lors de l'instruction de votre demande.",
  'elig.verdict.introIneligibleOne': "D'après vos réponses, une condition n'est pas remplie. Le détail ci-dessous explique pourquoi.",
  'elig.verdict.introIneligible': "D'après vos réponses, {count} conditions ne sont pas remplies. Le détail ci-dessous explique pourquoi.",
  'elig.verdict.details': 'Le détail, condition par condition',
  'elig.verdict.whatWouldChange': 'Ce qui changerait la réponse',
  'elig.verdict.contact': 'Une question\u00a0?',
  'elig.verdict.contactText': 'Le service ESS peut vous conseiller ou vous orienter vers un autre dispositif. Écrivez-lui\u00a0:',
  'elig.verdict.edit': 'Modifier mes réponses',

  'elig.unlisted.reason':
    'Vous avez indiqué que la commune du projet ({commune}) ne figure pas parmi celles du territoire du programme ({territory}).',
  'elig.unlisted.reasonNoName':
    'Vous avez indiqué que la commune du projet ne figure pas parmi celles du territoire du programme ({territory}).',

  'elig.startDraft.button': 'Déposer une demande',
  'elig.startDraft.pending': 'Création de votre demande…',
  'elig.startDraft.creating': 'Création de votre demande…',
  'elig.startDraft.error': "Votre demande n'a pas pu être créée.",
  'elig.startDraft.backToAnswers': 'Revenir à mes réponses',
  'elig.startDraft.noteSignedIn': 'Votre demande sera pré-remplie avec ces réponses. Vous pourrez la compléter en plusieurs fois.',
  'elig.startDraft.noteSignIn':
    'Pour déposer une demande, vous vous connecterez avec votre adresse e-mail (sans mot de passe). Vos réponses seront reprises.',
} as const;

export const eligibilityEn: { readonly [K in keyof typeof eligibilityFr]: string } = {
  'journey.optional': '(optional)',

  'elig.title': 'Check my eligibility',
  'elig.docTitle': 'Eligibility — {program}',
  'elig.intro': 'Six questions to find out whether “{program}” can fund your project. Your answers stay on this device.',
  'elig.closed': 'This call for projects is not accepting applications at the moment. Its conditions are on its page.',
  'elig.progress': 'Question {step} of {count}',
  'elig.next': 'Continue',
  'elig.back': 'Back',
  'elig.backToProgram': 'Back to the call for projects',
  'elig.seeResult': 'See the result',

  'elig.legalForm.question': 'What is the legal form of your organisation?',
  'elig.legalForm.hint.esus': 'A company approved as a “solidarity enterprise of social utility”.',
  'elig.legalForm.hint.en_creation': 'Your organisation is not registered yet.',

  'elig.commune.question': 'In which municipality does the project take place?',
  'elig.commune.hint':
    'Type the name or the postcode, then pick from the list. It holds the {count} municipalities of the area ({territory}).',
  'elig.commune.listLabel': 'Municipalities of the area',
  'elig.commune.unlisted': 'My municipality is not in the list',
  'elig.commune.unlistedChosen':
    'You say the project takes place outside the area ({territory}). You can carry on: the result will tell you what this means.',
  'elig.commune.noMatch': 'No municipality of the area matches. You can choose “My municipality is not in the list”.',
  'elig.commune.oneMatch': '1 municipality matches.',
  'elig.commune.matches': '{count} municipalities match.',
  'elig.stage.creation.hint': 'The activity has not started yet, or has only just started.',
  'elig.stage.development.hint': 'The activity already exists: you want to strengthen or extend it.',

  'elig.amount.question': 'How much grant are you asking for?',
  'elig.amount.hint': 'This programme awards from {min} to {max}.',
  'elig.budget.question': 'What is the total budget of the project?',
  'elig.budget.hint':
    'Count every expense of the project, including those funded otherwise. This programme funds at most {percent} of this budget.',
  'elig.money.example': 'In euros, for example: 12000 or 12000.50.',
  'elig.money.readback': 'Amount understood: {amount}',

  'elig.org.question': 'Your organisation',
  'elig.org.intro': "The SIRET number and the creation date are on your organisation's Sirene registration notice.",
  'elig.org.introCreating':
    'Your organisation is being set up: the creation date is not asked, and the SIRET number only if you already have one.',
  'elig.org.siret': 'SIRET number',
  'elig.org.siretHint': '14 digits, with or without spaces. It is also on annuaire-entreprises.data.gouv.fr.',
  'elig.org.siretOk': 'Valid SIRET number.',
  'elig.org.creationDate': 'Creation date of the organisation',
  'elig.org.creationDateHint': 'Date of registration, or of declaration to the prefecture for an association.',

  'elig.error.legalForm': 'Choose the legal form of your organisation.',
  'elig.error.commune': 'Choose the municipality of the project from the list, or say it is not in it.',
  'elig.error.stage': 'Say what stage your project is at.',
  'elig.error.amountMissing': 'Enter the grant amount you are asking for.',
  'elig.error.budgetMissing': 'Enter the total budget of the project.',
  'elig.error.moneyFormat': 'Enter an amount in euros, in figures, for example 12000 or 12000.50.',
  'elig.error.moneyTooHigh': 'This amount is too high: check the number of digits.',
  'elig.error.budgetZero': 'The total budget must be more than €0.',
  'elig.error.siretMissing': "Enter your organisation's SIRET number (14 digits).",
  'elig.error.creationDateMissing': 'Enter the creation date of your organisation.',
  'elig.error.creationDateFuture': 'The creation date cannot be after today.',

  'elig.verdict.checking': 'Checking your answers…',
  'elig.verdict.error': 'We could not check your eligibility.',
  'elig.verdict.eligible': 'Your project appears to be eligible',
  'elig.verdict.ineligible': 'Your project is not eligible as it stands',
  'elig.verdict.introEligible':
    'According to your answers, your project meets every condition of “{program}”. The ESS unit will check this information when it reviews your application.',
  'elig.verdict.introIneligibleOne': 'According to your answers, one condition is not met. The details below explain why.',
  'elig.verdict.introIneligible': 'According to your answers, {count} conditions are not met. The details below explain why.',
  'elig.verdict.details': 'Condition by condition',
  'elig.verdict.whatWouldChange': 'What would change the answer',
  'elig.verdict.contact': 'A question?',
  'elig.verdict.contactText': 'The ESS unit can advise you or point you to another scheme. Write to them:',
  'elig.verdict.edit': 'Change my answers',

  'elig.unlisted.reason': "You said the project's municipality ({commune}) is not one of those in the programme's area ({territory}).",
  'elig.unlisted.reasonNoName': "You said the project's municipality is not one of those in the programme's area ({territory}).",

  'elig.startDraft.button': 'Apply',
  'elig.startDraft.pending': 'Creating your application…',
  'elig.startDraft.creating': 'Creating your application…',
  'elig.startDraft.error': 'Your application could not be created.',
  'elig.startDraft.backToAnswers': 'Back to my answers',
  'elig.startDraft.noteSignedIn': 'Your application will be pre-filled with these answers. You can complete it over several visits.',
  'elig.startDraft.noteSignIn': 'To apply, you will sign in with your email address (no password). Your answers will be carried over.',
};
