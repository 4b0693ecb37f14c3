/**
 * The deposit receipt (récépissé de dépôt): a PDF of what was sent, built on request
 * from the stored application, so it always reflects the latest submission (the
 * resubmission's date, the answers as resubmitted). It names the portal, the
 * reference, the date and time of the submission in Paris time, the programme, every
 * answer by section, the budget, each document with its size and SHA-256, and the
 * sworn statement with who accepted it and when; in the applicant's language.
 *
 * Who may read it is who may read the file (object-access.ts): the owner, managers,
 * and reviewers assigned without a conflict; anyone else gets a 404. A file never
 * submitted, or reopened for changes and not yet sent again, has no receipt (409).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { budgetTotals, type Application, type ApplicationDocument } from '../domain/application';
import { DOCUMENT_TYPE_LABELS } from '../domain/application-steps';
import { ConflictError, NotFoundError } from '../domain/errors';
import { formatEuros, formatFileSize, formatNumber, formatParisDate, formatParisDateTime, localeTag } from '../domain/format';
import { isEditable } from '../domain/lifecycle';
import type { Program } from '../domain/program';
import type { Site } from '../domain/site';
import { formatSiret } from '../domain/siret';
import { SWORN_STATEMENT } from '../domain/sworn-statement';
import type { Locale, User } from '../domain/user';
import type { Deps } from '../deps';
import { receiptFonts } from '../receipt/fonts';
import { PageWriter, SIZES, type Row } from '../receipt/layout';
import { RECEIPT_TEXTS } from '../receipt/texts';
import { loadVisible } from './object-access';

const NEVER_SUBMITTED = {
  fr: 'Cette demande n’a pas encore été déposée : le récépissé sera disponible après le dépôt.',
  en: 'This application has not been submitted yet: the receipt will be available once it is.',
};
const BEING_CHANGED = {
  fr: 'Cette demande est en cours de modification : le récépissé de la nouvelle version sera disponible quand vous l’aurez déposée à nouveau.',
  en: 'This application is being changed: the receipt of the new version will be available once you submit it again.',
};
const PROGRAM_MISSING = { fr: "Ce programme n'existe pas.", en: 'This programme does not exist.' };

export type ReceiptInput = {
  site: Site;
  locale: Locale;
  application: Application;
  program: Program;
  documents: ApplicationDocument[];
  /** When the PDF is made, stated at its end. */
  issuedAt: Date;
};

/** The documents that went with the submission: verified bytes with their fingerprint, not a refused or infected upload. */
export function sentDocuments(documents: readonly ApplicationDocument[]): ApplicationDocument[] {
  return documents
    .filter((d) => d.status === 'verified' && d.sha256 !== null && d.scan !== 'infected')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

const present = (value: string | null | undefined, fallback: string) => (value?.trim() ? value.trim() : fallback);
const joined = (separator: string, ...parts: (string | null | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part?.trim())).join(separator);

/** "Région — appel ESS (Financement public)"; the kind is left out when the label already says it. */
const fundingLabel = (label: string, kind: string | null) =>
  kind && kind.toLocaleLowerCase() !== label.toLocaleLowerCase() ? `${label} (${kind})` : label;

/** Lays the receipt out and returns the PDF's bytes. Pure but for the font files it reads once. */
export async function renderReceipt(input: ReceiptInput): Promise<Uint8Array> {
  const { site, locale, application: a, program } = input;
  const t = RECEIPT_TEXTS[locale];
  const dash = t.notProvided;
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  const submittedAt = a.submittedAt ? formatParisDateTime(a.submittedAt, locale) : dash;
  const reference = a.reference ?? dash;

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const files = await receiptFonts();
  const fonts = { regular: await doc.embedFont(files.regular, { subset: true }), bold: await doc.embedFont(files.bold, { subset: true }) };
  doc.setTitle(`${t.title} ${reference}`, { showInWindowTitleBar: true });
  doc.setAuthor(site.portalName);
  doc.setSubject(program.title[locale]);
  doc.setCreator(site.portalName);
  doc.setProducer('Guichet (pdf-lib)');
  doc.setLanguage(localeTag(locale));
  doc.setCreationDate(input.issuedAt);
  doc.setModificationDate(input.issuedAt);

  const w = new PageWriter(doc, fonts);
  w.paragraph(site.portalName, { bold: true, color: 'accent' });
  w.paragraph(site.authority.name, { size: SIZES.small, color: 'muted' });
  w.space(12);
  w.paragraph(t.title, { size: SIZES.title, bold: true });
  w.space(8);
  w.fields([
    { label: t.reference, value: reference },
    { label: t.programme, value: program.title[locale] },
    { label: t.submittedAt, value: `${submittedAt} (${t.parisTime})` },
  ]);

  const o = a.organisation;
  w.heading(t.organisation);
  w.fields([
    { label: t.org.name, value: present(o.name, dash) },
    { label: t.org.legalForm, value: o.legalForm ? t.legalForms[o.legalForm] : dash },
    { label: t.org.siret, value: o.siret ? formatSiret(o.siret) : dash },
    { label: t.org.creationDate, value: o.creationDate ? formatParisDate(o.creationDate, locale) : dash },
    { label: t.org.address, value: present(joined(', ', o.street, joined(' ', o.postcode, o.city)), dash) },
    { label: t.org.contact, value: present(joined(', ', o.contactName, o.contactRole), dash) },
    { label: t.org.email, value: present(o.contactEmail, dash) },
    { label: t.org.phone, value: present(o.contactPhone, dash) },
    { label: t.org.website, value: present(o.website, dash) },
  ]);

  const p = a.project;
  const commune = program.rules.territory.communes.find((c) => c.insee === p.communeInsee);
  const count = (n: number | undefined) => (n === undefined ? dash : formatNumber(n, locale));
  w.heading(t.project);
  w.fields([
    { label: t.proj.title, value: present(p.title, dash) },
    { label: t.proj.summary, value: present(p.summary, dash) },
    { label: t.proj.essDimension, value: present(p.essDimension, dash) },
    { label: t.proj.beneficiaries, value: present(p.beneficiaries, dash) },
    { label: t.proj.stage, value: p.stage ? t.stages[p.stage] : dash },
    { label: t.proj.commune, value: commune ? `${commune.name} (${commune.postcode})` : present(p.communeInsee, dash) },
    { label: t.proj.startDate, value: p.startDate ? formatParisDate(p.startDate, locale) : dash },
    { label: t.proj.jobsCreated, value: count(p.jobsCreated) },
    { label: t.proj.jobsMaintained, value: count(p.jobsMaintained) },
  ]);

  const budget = a.budget;
  const totals = budgetTotals(budget);
  const euros = (cents: number | undefined | null) => (cents === undefined || cents === null ? dash : formatEuros(cents, locale));
  const columns = [{ width: 3 }, { width: 1, align: 'right' as const }];
  w.heading(t.budget);
  w.paragraph(t.expenses, { bold: true });
  w.table(
    columns,
    [t.line, t.amount],
    [
      ...(budget.expenses ?? []).map((line): Row => ({ cells: [present(line.label, dash), euros(line.amountCents)] })),
      { cells: [t.totalExpenses, euros(totals.expensesCents)], bold: true },
    ],
  );
  w.paragraph(t.funding, { bold: true });
  w.table(
    columns,
    [t.line, t.amount],
    [
      ...(budget.funding ?? []).map(
        (line): Row => ({
          cells: [fundingLabel(present(line.label, dash), line.kind ? t.fundingKinds[line.kind] : null), euros(line.amountCents)],
        }),
      ),
      { cells: [t.grantRequested, euros(budget.amountRequestedCents)] },
      { cells: [t.totalFunding, euros(totals.fundingCents)], bold: true },
    ],
  );
  w.paragraph(totals.balanceCents === 0 ? t.balanced : t.unbalanced(formatEuros(Math.abs(totals.balanceCents), locale)));

  if (program.questions.length > 0) {
    w.heading(t.answers);
    w.fields(
      program.questions.map((question) => {
        const value = a.answers[question.id];
        const label = question.label[locale];
        if (value === null || value === undefined || value === '') return { label, value: dash };
        if (typeof value === 'boolean') return { label, value: value ? t.yes : t.no };
        if (typeof value === 'number') return { label, value: formatNumber(value, locale) };
        if (question.type === 'choice') return { label, value: question.options?.find((o) => o.value === value)?.label[locale] ?? value };
        return { label, value: question.type === 'date' ? formatParisDate(value, locale) : value };
      }),
      200,
    );
  }

  const documents = sentDocuments(input.documents);
  w.heading(t.documents);
  if (documents.length === 0) w.paragraph(t.noDocuments, { color: 'muted' });
  for (const d of documents) {
    w.paragraph(`${DOCUMENT_TYPE_LABELS[d.type][locale]} — ${d.filename}`, { bold: true });
    w.paragraph(`${t.size}${colon}${formatFileSize(d.verifiedSize ?? d.declaredSize, locale)}`, { size: SIZES.small, indent: 12 });
    w.paragraph(`${t.sha256}${colon}${d.sha256}`, { size: SIZES.small, indent: 12, color: 'muted' });
    w.space(4);
  }

  const declaration = a.declaration;
  w.heading(t.declaration);
  const statement = SWORN_STATEMENT[locale];
  w.paragraph(locale === 'fr' ? `«\u00a0${statement}\u00a0»` : `“${statement}”`, { indent: 12 });
  w.space(6);
  w.paragraph(t.signedBy(present(declaration.signatoryName, dash), present(declaration.signatoryRole, dash), submittedAt), { bold: true });
  w.space(14);
  w.paragraph(t.issued(formatParisDateTime(input.issuedAt, locale)), { size: SIZES.small, color: 'muted' });

  w.footers(`${site.portalName} — ${t.title} ${reference}`, t.page);
  return doc.save();
}

export function createReceiptService(deps: Deps) {
  const { store, clock } = deps;
  return {
    /** The receipt of an application `user` may see, with its download name. */
    async receipt(user: User, id: string): Promise<{ bytes: Uint8Array; filename: string }> {
      const { application, documents } = await loadVisible(store, user, id);
      if (!application.submittedAt || !application.reference) throw new ConflictError(NEVER_SUBMITTED);
      if (isEditable(application.status)) throw new ConflictError(BEING_CHANGED);
      const program = await store.programs.get(application.programId);
      if (!program) throw new NotFoundError(PROGRAM_MISSING);
      const owner = application.ownerId === user.id ? user : await store.users.get(application.ownerId);
      const bytes = await renderReceipt({
        site: deps.config.site,
        locale: owner?.locale ?? 'fr',
        application,
        program,
        documents,
        issuedAt: clock(),
      });
      return { bytes, filename: `recepisse-${application.reference}.pdf` };
    },
  };
}

export type ReceiptService = ReturnType<typeof createReceiptService>;
