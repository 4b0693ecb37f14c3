/** The retention periods' arithmetic and what pseudonymisation replaces (domain/retention.ts). */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION,
  draftErasureDate,
  monthsBefore,
  pseudonymiseSections,
  retentionCutoffs,
  retentionPolicySchema,
} from '../../../functions/src/domain/retention';
import { loadConfig } from '../../../functions/src/config';

describe('monthsBefore', () => {
  it('counts calendar months, landing on the last day of a shorter month', () => {
    expect(monthsBefore(new Date('2027-03-31T03:00:00.000Z'), 1).toISOString()).toBe('2027-02-28T03:00:00.000Z');
    expect(monthsBefore(new Date('2028-02-29T03:00:00.000Z'), 12).toISOString()).toBe('2027-02-28T03:00:00.000Z');
    expect(monthsBefore(new Date('2027-01-15T03:00:00.000Z'), 12).toISOString()).toBe('2026-01-15T03:00:00.000Z');
    // Negative months go forward: twelve months after a change.
    expect(monthsBefore(new Date('2026-11-28T10:00:00.000Z'), -12).toISOString()).toBe('2027-11-28T10:00:00.000Z');
  });
});

describe('retentionCutoffs', () => {
  it('warns draftWarningDays before the idle limit and erases only after a notice that long', () => {
    const cut = retentionCutoffs(DEFAULT_RETENTION, new Date('2027-12-03T03:00:00.000Z'));
    expect(cut).toEqual({
      eraseDraftsBefore: '2026-12-03T03:00:00.000Z',
      warnDraftsBefore: '2026-12-17T03:00:00.000Z',
      warnedBefore: '2027-11-19T03:00:00.000Z',
      eraseClosedBefore: '2024-12-03T03:00:00.000Z',
    });
  });

  it('dates the erasure at the later of the idle limit and the end of the notice', () => {
    // Warned early in the window: the idle limit decides.
    expect(draftErasureDate(DEFAULT_RETENTION, '2026-11-28T10:00:00.000Z', new Date('2027-11-18T03:00:00.000Z')).toISOString()).toBe(
      '2027-12-02T03:00:00.000Z',
    );
    expect(draftErasureDate(DEFAULT_RETENTION, '2026-11-28T10:00:00.000Z', new Date('2027-11-10T03:00:00.000Z')).toISOString()).toBe(
      '2027-11-28T10:00:00.000Z',
    );
  });
});

describe('pseudonymiseSections', () => {
  it('replaces the contact person and the signatory, and keeps the organisation and the declaration itself', () => {
    const out = pseudonymiseSections({
      organisation: {
        name: 'Coop',
        siret: '73282932000074',
        contactName: 'Léa Dupont',
        contactRole: 'Présidente',
        contactEmail: 'lea@example.org',
        contactPhone: '0612345678',
      },
      declaration: { accepted: true, signatoryName: 'Léa Dupont', signatoryRole: 'Présidente' },
    });
    expect(out).toEqual({
      organisation: {
        name: 'Coop',
        siret: '73282932000074',
        contactName: 'Compte supprimé',
        contactRole: 'Compte supprimé',
        contactEmail: 'compte-supprime@example.invalid',
        contactPhone: '',
      },
      declaration: { accepted: true, signatoryName: 'Compte supprimé', signatoryRole: 'Compte supprimé' },
    });
  });

  it('adds no field that was not there', () => {
    expect(pseudonymiseSections({ organisation: { name: 'Coop' }, declaration: {} })).toEqual({
      organisation: { name: 'Coop' },
      declaration: {},
    });
  });
});

describe('retention configuration', () => {
  const base = {
    TABLE_NAME: 'guichet',
    DOCUMENTS_BUCKET: 'guichet-docs',
    DOCUMENTS_BUCKET_ORIGIN: 'http://127.0.0.1:4569',
    SITE_ORIGIN: 'http://localhost:3000',
    MAIL_FROM: 'ne-pas-repondre@example.org',
    OTP_SECRET: 'x'.repeat(32),
  };

  it('defaults to the stated periods and reads overrides from the environment', () => {
    expect(loadConfig(base).retention).toEqual(DEFAULT_RETENTION);
    expect(retentionPolicySchema.parse(DEFAULT_RETENTION)).toEqual(DEFAULT_RETENTION);
    expect(loadConfig({ ...base, RETENTION_IDLE_DRAFT_MONTHS: '24', RETENTION_DRAFT_WARNING_DAYS: '30' }).retention).toMatchObject({
      idleDraftMonths: 24,
      draftWarningDays: 30,
    });
  });

  it('refuses a period that would erase at once or never', () => {
    expect(() => loadConfig({ ...base, RETENTION_IDLE_DRAFT_MONTHS: '0' })).toThrow(/RETENTION_IDLE_DRAFT_MONTHS/);
    expect(() => loadConfig({ ...base, RETENTION_CLOSED_APPLICATION_YEARS: 'trois' })).toThrow(/RETENTION_CLOSED_APPLICATION_YEARS/);
  });
});
