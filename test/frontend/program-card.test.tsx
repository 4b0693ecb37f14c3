import { render, screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { ProgramCard } from '../../frontend/src/components/program-card';
import { I18nProvider } from '../../frontend/src/i18n';
import { amorcageSummary } from './fixtures';

/** French groups thousands with a narrow no-break space and puts a no-break space before €. */
const sp = '[\\u202f\\u00a0 ]';

function renderCard() {
  return render(() => (
    <I18nProvider>
      <ProgramCard program={amorcageSummary} />
    </I18nProvider>
  ));
}

describe('ProgramCard', () => {
  it('shows the French title as a link to the programme page', () => {
    renderCard();
    const link = screen.getByRole('link', { name: "Fonds d'amorçage ESS 2026" });
    expect(link).toHaveAttribute('href', '/programmes/amorcage-ess-2026');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent("Fonds d'amorçage ESS 2026");
  });

  it('formats the dates, amounts, share and envelope in French', () => {
    renderCard();
    expect(screen.getByText('Du 1 novembre 2026 au 28 février 2027 à 23 h 59, heure de Paris')).toBeInTheDocument();
    const amounts = new RegExp(`De 1${sp}000${sp}€ à 30${sp}000${sp}€, jusqu'à 50${sp}% du budget du projet`);
    expect(screen.getByText(amounts)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^300${sp}000${sp}€$`))).toBeInTheDocument();
    expect(screen.getByText("Communauté urbaine d'Arras")).toBeInTheDocument();
  });

  it('uses the English text and formats when English was chosen', () => {
    localStorage.setItem('guichet.locale', 'en');
    renderCard();
    expect(screen.getByRole('link', { name: 'ESS seed fund 2026' })).toBeInTheDocument();
    expect(screen.getByText('From 1 November 2026 to 28 February 2027 at 23:59 Paris time')).toBeInTheDocument();
    expect(screen.getByText('From €1,000 to €30,000, up to 50% of the project budget')).toBeInTheDocument();
  });
});
