/**
 * Mounts the real route table and layout in a memory router at `path`, and
 * exposes the history so a test can see where the form navigated.
 */
import { createMemoryHistory, MemoryRouter } from '@solidjs/router';
import { render } from '@solidjs/testing-library';
import { routes } from '../../../frontend/src/app';
import { Layout } from '../../../frontend/src/shell/layout';
import { I18nProvider } from '../../../frontend/src/i18n';

export function renderForm(path: string) {
  const history = createMemoryHistory();
  history.set({ value: path, scroll: false, replace: true });
  const result = render(() => (
    <I18nProvider>
      <MemoryRouter history={history} root={Layout}>
        {routes}
      </MemoryRouter>
    </I18nProvider>
  ));
  return { ...result, location: (): string => history.get() };
}
