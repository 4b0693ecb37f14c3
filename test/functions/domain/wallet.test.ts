/** The document wallet's validity rules (domain/wallet.ts): defaults, expiry, "soon", the reminder day, chosen dates. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkValidUntil,
  defaultValidUntil,
  isWalletDocumentType,
  reminderDue,
  walletValidity,
} from '../../../functions/src/domain/wallet';

describe('document wallet rules', () => {
  it('keeps organisation documents only', () => {
    expect(isWalletDocumentType('rib')).toBe(true);
    expect(isWalletDocumentType('agrement_esus')).toBe(true);
    expect(isWalletDocumentType('budget_previsionnel')).toBe(false);
    expect(isWalletDocumentType('rapport_activite')).toBe(false);
    expect(isWalletDocumentType('autre')).toBe(false);
  });

  it('gives each type its default validity, month ends as French law counts them', () => {
    expect(defaultValidUntil('rib', '2026-11-30')).toBeNull();
    expect(defaultValidUntil('statuts', '2026-11-30')).toBeNull();
    expect(defaultValidUntil('avis_sirene', '2026-11-30')).toBe('2027-02-28');
    expect(defaultValidUntil('kbis', '2026-01-15')).toBe('2026-04-15');
    expect(defaultValidUntil('liste_dirigeants', '2026-02-28')).toBe('2027-02-28');
    expect(defaultValidUntil('derniers_comptes', '2026-06-30')).toBe('2027-12-30');
    expect(defaultValidUntil('agrement_esus', '2024-02-29')).toBe('2029-02-28');
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-12-21', 30)).toBe('2027-01-20');
    expect(addDays('2027-01-20', -30)).toBe('2026-12-21');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('is valid through its last day, expired the day after, and "soon" within 30 days', () => {
    expect(walletValidity(null, '2030-01-01')).toEqual({ expired: false, expiresSoon: false });
    expect(walletValidity('2027-01-20', '2026-12-20')).toEqual({ expired: false, expiresSoon: false });
    expect(walletValidity('2027-01-20', '2026-12-21')).toEqual({ expired: false, expiresSoon: true });
    expect(walletValidity('2027-01-20', '2027-01-20')).toEqual({ expired: false, expiresSoon: true });
    expect(walletValidity('2027-01-20', '2027-01-21')).toEqual({ expired: true, expiresSoon: false });
  });

  it('makes the reminder due from 30 days before the last day until it, once', () => {
    const item = { validUntil: '2027-01-20', remindedAt: null };
    expect(reminderDue(item, '2026-12-20')).toBe(false);
    expect(reminderDue(item, '2026-12-21')).toBe(true);
    expect(reminderDue(item, '2027-01-20')).toBe(true);
    expect(reminderDue(item, '2027-01-21')).toBe(false);
    expect(reminderDue({ ...item, remindedAt: '2026-12-21T06:00:00.000Z' }, '2026-12-22')).toBe(false);
    expect(reminderDue({ validUntil: null, remindedAt: null }, '2026-12-22')).toBe(false);
  });

  it('accepts a chosen date from today to ten years on, and says what is wrong otherwise', () => {
    expect(checkValidUntil('2026-11-28', '2026-11-28')).toBeNull();
    expect(checkValidUntil('2036-11-28', '2026-11-28')).toBeNull();
    expect(checkValidUntil('2026-11-27', '2026-11-28')?.fr).toBe('Date de validité : aujourd’hui ou plus tard.');
    expect(checkValidUntil('2036-11-29', '2026-11-28')?.en).toBe('Valid until: at most 10 years from today.');
    expect(checkValidUntil('2027-02-30', '2026-11-28')?.en).toBe('Valid until: a date as YYYY-MM-DD.');
    expect(checkValidUntil('28/11/2027', '2026-11-28')?.en).toBe('Valid until: a date as YYYY-MM-DD.');
  });
});
