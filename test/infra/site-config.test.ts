/**
 * `-c siteConfigFile=…` gives the functions the portal's identity (SITE_CONFIG): the
 * file is checked against the same schema the functions apply at cold start, so a
 * configuration with an unreadable colour fails the synth rather than the deploy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE } from '../../functions/src/domain/site';
import { removeAssemblies, templateOf } from './portal-app';

const dir = mkdtempSync(join(tmpdir(), 'guichet-site-config-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeAssemblies();
});

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
}

describe('the site configuration from context', () => {
  it('passes the checked, minified file to every function as SITE_CONFIG', () => {
    const site = { ...DEFAULT_SITE, portalName: 'Guichet solidaire', contacts: { ...DEFAULT_SITE.contacts, unit: 'ess@mel.example.fr' } };
    const t = templateOf({ context: { siteConfigFile: file('mel.json', site) } });
    for (const handler of ['index.api', 'index.scheduler']) {
      t.hasResourceProperties('AWS::Lambda::Function', {
        Handler: handler,
        Environment: { Variables: Match.objectLike({ SITE_CONFIG: JSON.stringify(site) }) },
      });
    }
  });

  it('sets no SITE_CONFIG without the key, so the functions use the default', () => {
    const t = templateOf();
    const api = Object.values(t.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.api' } }))[0] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    expect(api.Properties.Environment.Variables).not.toHaveProperty('SITE_CONFIG');
  });

  it('fails the synth on a colour white text cannot be read on, naming the field', () => {
    const bad = file('pale.json', { ...DEFAULT_SITE, colors: { ...DEFAULT_SITE.colors, primary: '#7fd1c7' } });
    expect(() => templateOf({ context: { siteConfigFile: bad } })).toThrow(/colors\.primary: contrast with white must be at least 4\.5:1/);
  });
});
