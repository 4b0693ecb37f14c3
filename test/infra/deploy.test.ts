/**
 * `npm run deploy`: what it runs for given arguments, and what it refuses. Only the
 * refusal is run for real (in a throwaway repository), since it stops before any
 * build or cdk call.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { planDeploy } from '../../infra/deploy';
import { REPO_ROOT } from '../../infra/paths';

const run = promisify(execFile);
const CLEAN = '';
const DIRTY = ' M functions/src/app.ts\n?? notes.txt\n';

describe('planDeploy', () => {
  it('builds the SPA, then deploys the dev stack by default', () => {
    expect(planDeploy([], {}, CLEAN)).toEqual({
      ok: true,
      stage: 'dev',
      stackName: 'Guichet-dev',
      steps: [
        { command: 'npm', args: ['run', 'build'] },
        { command: 'npx', args: ['cdk', 'deploy', 'Guichet-dev', '-c', 'stage=dev'] },
      ],
    });
  });

  it.each([[['-c', 'stage=staging']], [['--context', 'stage=staging']], [['-c=stage=staging']], [['--context=stage=staging']]])(
    'deploys the stage named by %j, passing every argument on',
    (stageArgs) => {
      const plan = planDeploy([...stageArgs, '-c', 'alarmEmail=ops@example.org', '--require-approval', 'never'], {}, CLEAN);
      expect(plan).toMatchObject({ ok: true, stage: 'staging', stackName: 'Guichet-staging' });
      if (!plan.ok) throw new Error(plan.reason);
      expect(plan.steps.map((s) => s.command)).toEqual(['npm', 'npx']);
      expect(plan.steps[1]!.args).toEqual([
        'cdk',
        'deploy',
        'Guichet-staging',
        ...stageArgs,
        '-c',
        'alarmEmail=ops@example.org',
        '--require-approval',
        'never',
      ]);
    },
  );

  it('refuses uncommitted changes, naming the first and counting the rest', () => {
    const plan = planDeploy(['-c', 'stage=production'], {}, DIRTY);
    expect(plan).toEqual({
      ok: false,
      reason:
        'refusing to deploy uncommitted changes (M functions/src/app.ts and 1 more): commit them, or pass --force (GUICHET_DEPLOY_FORCE=1)',
    });
  });

  it('deploys them anyway with --force (which cdk never sees) or GUICHET_DEPLOY_FORCE=1', () => {
    const forced = planDeploy(['--force', '-c', 'stage=staging'], {}, DIRTY);
    expect(forced.ok && forced.steps[1]!.args).toEqual(['cdk', 'deploy', 'Guichet-staging', '-c', 'stage=staging']);
    expect(planDeploy([], { GUICHET_DEPLOY_FORCE: '1' }, DIRTY).ok).toBe(true);
    expect(planDeploy([], { GUICHET_DEPLOY_FORCE: 'yes' }, DIRTY).ok).toBe(false);
  });

  it('refuses a stage it does not know, before looking at the working tree', () => {
    expect(planDeploy(['-c', 'stage=prod'], {}, CLEAN)).toEqual({
      ok: false,
      reason: 'unknown stage "prod": use -c stage=dev|staging|production',
    });
  });
});

describe('npm run deploy in a working tree with changes', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 with a one-line reason, before building or calling cdk', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'guichet-deploy-'));
    dirs.push(repo);
    await run('git', ['init', '-q'], { cwd: repo });
    writeFileSync(join(repo, 'draft.txt'), 'not committed\n');
    const outcome = await run(join(REPO_ROOT, 'node_modules/.bin/tsx'), [join(REPO_ROOT, 'infra/deploy.ts'), '-c', 'stage=staging'], {
      cwd: repo,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 30_000,
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trim().split('\n')).toEqual([
      'deploy: refusing to deploy uncommitted changes (?? draft.txt): commit them, or pass --force (GUICHET_DEPLOY_FORCE=1)',
    ]);
  }, 60_000);
});
