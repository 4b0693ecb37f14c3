/**
 * The last step reads the whole application back before the sworn statement: each
 * step's answers with a "Modifier" link to that step, the budget with its totals, the
 * programme's questions with the answers, and the documents with their names and sizes.
 * The statement's wording is the one the deposit receipt quotes.
 */
import { screen, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { SWORN_STATEMENT } from '../../../functions/src/domain/sworn-statement';
import { applicationFormEn, applicationFormFr } from '../../../frontend/src/features/application-form/messages';
import { VALID_SECTIONS } from '../../support/applications';
import { application, documentOf, formApi } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

const documents = () => [
  { ...documentOf('statuts', 'Statuts signés 2024.pdf', 'verified'), verifiedSize: 245_000 },
  { ...documentOf('rib', 'RIB coopératif.pdf', 'verified'), verifiedSize: 1_572_864 },
];

describe('the declaration step', { timeout: 30_000 }, () => {
  it('shows the whole application read-only above the sworn statement, each part with a link to edit it', async () => {
    formApi({ application: application({ ...VALID_SECTIONS, declaration: {} }), documents: documents() });
    renderApp('/demandes/app-1/modifier/declaration');
    const summary = await screen.findByRole('region', { name: 'Récapitulatif' });

    // Every answer of every section, as the unit will read it.
    for (const text of [
      'La Ressourcerie du Val',
      '732 829 320 00074',
      '12 rue des Arts, 62000 Arras',
      'Léa Dupont, Présidente',
      'Atelier de réparation solidaire',
      'Arras (62000)',
      'Outillage et aménagement',
      'Emmaüs, la mission locale.',
    ]) {
      expect(within(summary).getByText(text)).toBeInTheDocument();
    }
    // The budget table with its totals.
    const expenses = within(summary).getByRole('table', { name: 'Dépenses' });
    expect(within(expenses).getByRole('row', { name: /Total des dépenses\s+30\s000\s€/ })).toBeInTheDocument();
    const funding = within(summary).getByRole('table', { name: 'Financements' });
    expect(within(funding).getByRole('row', { name: /Subvention demandée\s+12\s000\s€/ })).toBeInTheDocument();
    // The programme's question, worded as the programme words it, with the answer.
    expect(within(summary).getByText(/^Êtes-vous accompagné·e/)).toBeInTheDocument();
    // The documents with their names and sizes.
    expect(within(summary).getByText('Statuts signés 2024.pdf')).toBeInTheDocument();
    expect(within(summary).getByText('(239,2 Ko)')).toBeInTheDocument();
    expect(within(summary).getByText('RIB coopératif.pdf')).toBeInTheDocument();
    expect(within(summary).getByText('(1,5 Mo)')).toBeInTheDocument();

    // A "Modifier" link per step before this one, to that step.
    const edits = within(summary).getAllByRole('link', { name: /^Modifier/ });
    expect(edits.map((link) => link.getAttribute('href'))).toEqual(
      ['organisation', 'project', 'budget', 'questions', 'documents'].map((step) => `/demandes/app-1/modifier/${step}`),
    );

    // The summary comes before the statement, which is unticked.
    const statement = screen.getByRole('checkbox', { name: /^Je certifie sur l’honneur/ });
    expect(statement).not.toBeChecked();
    expect(summary.compareDocumentPosition(statement) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('words the statement exactly as the deposit receipt quotes it', () => {
    expect(applicationFormFr['form.declaration.statement']).toBe(SWORN_STATEMENT.fr);
    expect(applicationFormEn['form.declaration.statement']).toBe(SWORN_STATEMENT.en);
  });
});
