import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../../../functions/src/domain/eligibility';
import type { EligibilityRules } from '../../../../functions/src/domain/program';
import { sampleProfiles } from '../../../../frontend/src/features/programme-builder/sample-profiles';
import { amorcage } from '../../fixtures';

const today = '2026-11-10';
const rules: EligibilityRules = { ...amorcage.rules, stages: ['creation', 'development'], organisationAgeMonths: { min: 6, max: 36 } };

function verdicts(r: EligibilityRules = rules) {
  return Object.fromEntries(
    sampleProfiles(r, today).map((p) => {
      const result = evaluateEligibility(r, p.answers, today, { communeName: p.communeName });
      return [p.id, result.criteria.filter((c) => !c.passed).map((c) => c.id)];
    }),
  );
}

describe('sample applicant profiles', () => {
  it('each fails on the criterion it is built to push, and the local association passes', () => {
    expect(verdicts()).toEqual({
      association: [],
      scop_creation: ['organisation_age'],
      foundation_outside: ['legal_form', 'territory'],
      above_cap: ['amount'],
      above_share: ['budget_share'],
      young: ['organisation_age'],
    });
  });

  it('ask typical, fixed amounts, so a lower cap shuts the ordinary requests out', () => {
    const result = verdicts({ ...rules, maxAmountCents: 10_000_00 });
    expect(result.association).toEqual(['amount']);
    expect(result.scop_creation).toEqual(['organisation_age']);
    expect(result.young).toEqual(['organisation_age']);
    expect(result.above_cap).toEqual(['amount']);
    expect(result.above_share).toEqual(['budget_share']);
  });

  it('follow the rules: without an age minimum the young association passes, with a SIRET required the unregistered SCOP fails on it', () => {
    const result = verdicts({
      ...rules,
      organisationAgeMonths: { min: null, max: 36 },
      siretRequired: true,
      legalForms: [...rules.legalForms, 'fondation'],
    });
    expect(result.young).toEqual([]);
    expect(result.scop_creation).toEqual(['siret']);
    expect(result.foundation_outside).toEqual(['territory']);
  });
});
