import { MemoryRouter } from '@solidjs/router';
import { render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../functions/src/domain/application';
import { MessageThread } from '../../../frontend/src/components/message-thread';
import { I18nProvider, loadStaffMessages } from '../../../frontend/src/i18n';
import { jsonResponse, stubApi } from '../support/api-harness';

const THREAD: Message[] = [
  {
    id: 'msg_1',
    applicationId: 'app_1',
    authorId: 'usr_rev',
    authorRole: 'reviewer',
    authorName: 'Inès Bernard',
    body: 'Merci de joindre un RIB à jour.',
    at: '2026-11-28T09:00:00.000Z',
  },
  {
    id: 'msg_2',
    applicationId: 'app_1',
    authorId: 'usr_app',
    authorRole: 'applicant',
    authorName: 'Léa Dupont',
    body: 'C’est fait.',
    at: '2026-11-28T10:00:00.000Z',
  },
];

function mount(viewer?: 'applicant' | 'staff') {
  stubApi({ 'GET /api/applications/app_1/messages': () => jsonResponse({ items: THREAD }) });
  return render(() => (
    <I18nProvider>
      <MemoryRouter root={() => <MessageThread applicationId="app_1" viewer={viewer} onSent={() => undefined} />}>{[]}</MemoryRouter>
    </I18nProvider>
  ));
}

describe('the message thread', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the applicant their own messages as "Vous" and the team by name', async () => {
    mount();
    const items = await screen.findAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Inès Bernard/);
    expect(items[1]).toHaveTextContent(/^Vous/);
    expect(items[1]).toHaveClass('message--mine');
    expect(screen.getByRole('textbox')).toHaveAccessibleName(/^Votre message/);
  });

  it('shows the team who wrote on each side, their own side as theirs', async () => {
    // Staff pages load their messages with their chunk, before they render.
    await loadStaffMessages();
    mount('staff');
    const items = await screen.findAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Inès Bernard, service ESS/);
    expect(items[0]).toHaveClass('message--mine');
    expect(items[1]).toHaveTextContent(/Léa Dupont, porteur de projet/);
    expect(screen.getByRole('textbox')).toHaveAccessibleName('Votre message au porteur de projet');
  });
});
