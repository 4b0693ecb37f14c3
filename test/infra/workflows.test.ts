/**
 * The GitHub Actions workflows, read as data: when they run, what they may do, and
 * that AWS is reached through OIDC only, never a stored access key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../infra/paths';

type Step = { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> };
type Job = {
  if?: string;
  needs?: string | string[];
  uses?: string;
  environment?: string;
  permissions?: Record<string, string>;
  steps?: Step[];
  env?: Record<string, string>;
};
type Workflow = { on: Record<string, any>; permissions?: Record<string, string>; jobs: Record<string, Job> };

const source = (name: string) => readFileSync(join(REPO_ROOT, '.github/workflows', name), 'utf8');
const workflow = (name: string) => parse(source(name), { merge: true }) as Workflow;

const ci = workflow('ci.yml');
const deploy = workflow('deploy.yml');

describe('ci.yml', () => {
  it('runs .ci/run on every pull request, and can be called by the deploy', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'workflow_call']);
    const runs = Object.values(ci.jobs)
      .flatMap((job) => job.steps ?? [])
      .map((step) => step.run);
    expect(runs).toContain('bash .ci/run');
  });

  it('may only read the repository', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
  });
});

describe('deploy.yml', () => {
  it('runs on pushes to main and on v* tags, after CI', () => {
    expect(Object.keys(deploy.on)).toEqual(['push']);
    expect(deploy.on.push).toEqual({ branches: ['main'], tags: ['v*'] });
    expect(deploy.jobs.ci).toMatchObject({ uses: './.github/workflows/ci.yml' });
    expect(deploy.jobs.staging!.needs).toBe('ci');
    expect(deploy.jobs.production!.needs).toBe('ci');
  });

  it('sends main to staging and tags to production, the latter behind the production environment (required reviewers)', () => {
    expect(deploy.jobs.staging).toMatchObject({ if: "github.ref == 'refs/heads/main'", environment: 'staging' });
    expect(deploy.jobs.production).toMatchObject({
      if: "startsWith(github.ref, 'refs/tags/v')",
      environment: 'production',
    });
    expect(source('deploy.yml')).toMatch(/Required reviewers/);
    expect(deploy.jobs.staging!.env).toEqual({ STAGE: 'staging' });
    expect(deploy.jobs.production!.env).toEqual({ STAGE: 'production' });
  });

  it('grants an OIDC token only to the deploying jobs', () => {
    expect(deploy.permissions).toEqual({ contents: 'read' });
    for (const name of ['staging', 'production']) {
      expect(deploy.jobs[name]!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    }
  });

  it.each(['staging', 'production'])('%s: assumes a role by OIDC, deploys its stage, then smoke-tests the site', (name) => {
    const steps = deploy.jobs[name]!.steps!;
    const credentials = steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(credentials?.with).toMatchObject({ 'role-to-assume': '${{ vars.AWS_DEPLOY_ROLE_ARN }}' });
    const runs = steps.map((s) => s.run ?? '');
    const deployAt = runs.findIndex((r) => r.startsWith('npm run deploy --'));
    const smokeAt = runs.findIndex((r) => r.includes('npm run smoke -- '));
    expect(steps.indexOf(credentials!)).toBeLessThan(deployAt);
    expect(deployAt).toBeLessThan(smokeAt);
    expect(runs[deployAt]).toContain('-c stage=$STAGE');
    expect(runs[deployAt]).toContain('--require-approval never');
  });

  it('uses no stored AWS key anywhere', () => {
    for (const text of [source('ci.yml'), source('deploy.yml')]) {
      expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY/i);
      expect(text).not.toMatch(/secrets\./);
    }
    const inputs = Object.values(deploy.jobs)
      .flatMap((job) => job.steps ?? [])
      .flatMap((step) => Object.keys(step.with ?? {}));
    expect(inputs).not.toContain('aws-access-key-id');
  });
});
