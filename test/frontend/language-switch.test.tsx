import { screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amorcageSummary, jsonResponse, signedOut } from './fixtures';
import { stubApi } from './support/api-harness';
import { renderApp } from './support/render-app';

describe('language switch', () => {
  it('switches the interface to English and back, and keeps <html lang> in step', async () => {
    stubApi({ ...signedOut, 'GET /api/programs': () => jsonResponse({ items: [amorcageSummary] }) });
    const user = userEvent.setup();
    renderApp('/');
    const group = screen.getByRole('group', { name: 'Langue / Language' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^FR/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('link', { name: "Fonds d'amorçage ESS 2026" })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^EN/ }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fund your social and solidarity economy project');
    expect(screen.getByRole('link', { name: 'ESS seed fund 2026' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^EN/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^FR/ })).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Home — Guichet ESS');

    await user.click(screen.getByRole('button', { name: /^FR/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Financer votre projet d'économie sociale et solidaire");
    expect(document.documentElement.lang).toBe('fr');
  });

  it('remembers the choice on the next visit', async () => {
    stubApi({ ...signedOut, 'GET /api/programs': () => jsonResponse({ items: [] }) });
    const user = userEvent.setup();
    const first = renderApp('/');
    await user.click(screen.getByRole('button', { name: /^EN/ }));
    first.unmount();

    renderApp('/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fund your social and solidarity economy project');
    expect(await screen.findByText('No call for projects is open at the moment.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('is operable with the keyboard alone', async () => {
    stubApi({ ...signedOut, 'GET /api/programs': () => jsonResponse({ items: [] }) });
    const user = userEvent.setup();
    renderApp('/');
    screen.getByRole('button', { name: /^EN/ }).focus();
    await user.keyboard('{Enter}');
    expect(document.documentElement.lang).toBe('en');
  });
});
