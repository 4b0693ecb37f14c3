/**
 * Mounts the real route table and layout in a memory router, as the browser
 * would at `path`, so route tests exercise the same wiring as production;
 * `location()` tells where the app navigated since.
 */
import { createMemoryHistory, MemoryRouter } from '@solidjs/router';
import { render } from '@solidjs/testing-library';
import { routes } from '../../../frontend/src/app';
import { Layout } from '../../../frontend/src/shell/layout';
import { I18nProvider } from '../../../frontend/src/i18n';

export function renderApp(path: string) {
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

/** A promise the test settles by hand, to observe the loading state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
