/**
 * `npm run deploy -- [-c stage=staging] [--force] [any cdk deploy option]`
 *
 * Deploys what is committed, built: refuses a working tree with uncommitted changes
 * (a deploy nobody can trace back to a commit), unless `--force` or
 * GUICHET_DEPLOY_FORCE=1; builds the SPA (without it an unbuilt frontend/dist would
 * deploy an empty site); then runs `cdk deploy` on the stage's stack, which also
 * deploys its us-east-1 edge stack when `-c waf=true`, passing every other argument on.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { STAGES, stackNameOf, type Stage } from './settings';

export interface Step {
  readonly command: string;
  readonly args: readonly string[];
}

export type DeployPlan =
  | { readonly ok: true; readonly stage: Stage; readonly stackName: string; readonly steps: readonly Step[] }
  | { readonly ok: false; readonly reason: string };

/** The CLI may not probe the instance-metadata address, phone home, or look for a newer version. */
export const CDK_ENV = {
  AWS_EC2_METADATA_DISABLED: 'true',
  CDK_DISABLE_CLI_TELEMETRY: 'true',
  CDK_DISABLE_VERSION_CHECK: 'true',
} as const;

/** The value of `-c stage=…`, `--context stage=…` or their `=` forms, if any. */
function stageArgument(args: readonly string[]): string | undefined {
  let stage: string | undefined;
  args.forEach((arg, i) => {
    const inline = /^(?:-c|--context)=(.*)$/.exec(arg)?.[1];
    const pair = inline ?? (arg === '-c' || arg === '--context' ? args[i + 1] : undefined);
    const value = pair?.startsWith('stage=') ? pair.slice('stage='.length) : undefined;
    if (value !== undefined) stage = value;
  });
  return stage;
}

/**
 * What `npm run deploy` would do with these arguments, this environment and this
 * `git status --porcelain` output: the commands in order, or why it refuses.
 */
export function planDeploy(argv: readonly string[], env: NodeJS.ProcessEnv, gitStatus: string): DeployPlan {
  const force = argv.includes('--force') || env.GUICHET_DEPLOY_FORCE === '1';
  const cdkArgs = argv.filter((arg) => arg !== '--force');

  const stage = stageArgument(cdkArgs) ?? 'dev';
  if (!(STAGES as readonly string[]).includes(stage)) {
    return { ok: false, reason: `unknown stage "${stage}": use -c stage=${STAGES.join('|')}` };
  }

  const changes = gitStatus.split('\n').filter((line) => line.trim() !== '');
  if (changes.length > 0 && !force) {
    const first = changes[0]!.trim();
    const more = changes.length > 1 ? ` and ${changes.length - 1} more` : '';
    return {
      ok: false,
      reason: `refusing to deploy uncommitted changes (${first}${more}): commit them, or pass --force (GUICHET_DEPLOY_FORCE=1)`,
    };
  }

  const stackName = stackNameOf(stage as Stage);
  const withStage = stageArgument(cdkArgs) === undefined ? ['-c', `stage=${stage}`] : [];
  return {
    ok: true,
    stage: stage as Stage,
    stackName,
    steps: [
      { command: 'npm', args: ['run', 'build'] },
      { command: 'npx', args: ['cdk', 'deploy', stackName, ...withStage, ...cdkArgs] },
    ],
  };
}

function gitStatus(): string {
  const result = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`git status failed: ${(result.stderr || result.error?.message || '').trim()}`);
  }
  return result.stdout;
}

function main(): void {
  let status: string;
  try {
    status = gitStatus();
  } catch (error) {
    console.error(`deploy: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const plan = planDeploy(process.argv.slice(2), process.env, status);
  if (!plan.ok) {
    console.error(`deploy: ${plan.reason}`);
    process.exit(1);
  }
  console.log(`deploy: ${plan.stackName} (stage ${plan.stage})`);
  for (const step of plan.steps) {
    console.log(`deploy: ${step.command} ${step.args.join(' ')}`);
    const result = spawnSync(step.command, step.args, { stdio: 'inherit', env: { ...process.env, ...CDK_ENV } });
    if (result.status !== 0) {
      console.error(`deploy: "${step.command} ${step.args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
      process.exit(result.status ?? 1);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
