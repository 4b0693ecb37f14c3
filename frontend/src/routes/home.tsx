import { createResource, For, Match, Show, Switch } from 'solid-js';
import { ErrorAlert, LoadingMessage } from '../ui/status-views';
import { ProgramCard } from '../components/program-card';
import { AccountClosedNotice } from '../features/account/closed-notice';
import { useI18n } from '../i18n';
import { listPrograms } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { siteParams } from '../lib/site';

/** Home: who the service is for, then the open calls to choose from. */
export default function Home() {
  const { t } = useI18n();
  const [programs, { refetch }] = createResource(listPrograms);
  usePageTitle(() => t('nav.home'));
  return (
    <>
      <AccountClosedNotice />
      <div class="intro">
        <h1>{t('home.title')}</h1>
        <p class="lead">{t('home.intro', siteParams())}</p>
        <p>{t('home.howTo')}</p>
      </div>
      <section aria-labelledby="open-calls-heading" aria-busy={programs.loading}>
        <h2 id="open-calls-heading">{t('home.openCalls')}</h2>
        <Switch>
          <Match when={programs.loading}>
            <LoadingMessage />
          </Match>
          <Match when={programs.error !== undefined}>
            <ErrorAlert title={t('home.loadError')} onRetry={() => void refetch()} />
          </Match>
          <Match when={programs.state === 'ready'}>
            <Show when={programs()?.length} fallback={<p class="empty-state">{t('home.empty')}</p>}>
              <ul class="card-grid">
                <For each={programs()}>
                  {(program) => (
                    <li>
                      <ProgramCard program={program} />
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Match>
        </Switch>
      </section>
    </>
  );
}
