import { describe, expect, it } from 'vitest';
import { demoPrograms } from '../../../functions/src/local/demo-data';
import {
  applicationScore,
  disagreements,
  reviewInputSchema,
  rubricGaps,
  weightedScore,
  type Review,
} from '../../../functions/src/domain/scoring';

const [seed] = demoPrograms(new Date('2026-11-28T10:00:00Z'));
const rubric = seed?.rubric ?? [];
// utilite_sociale ×3, viabilite ×3, gouvernance ×2, ancrage ×2

const scores = (u: number, v: number, g: number, a: number) => ({
  utilite_sociale: { score: u, comment: '' },
  viabilite: { score: v, comment: '' },
  gouvernance: { score: g, comment: '' },
  ancrage: { score: a, comment: '' },
});

const review = (reviewerId: string, s: ReturnType<typeof scores>, extra: Partial<Review> = {}): Review => ({
  applicationId: 'app_1',
  reviewerId,
  reviewerName: reviewerId,
  conflictOfInterest: false,
  scores: s,
  comment: '',
  submitted: true,
  weightedScore: weightedScore(rubric, s),
  updatedAt: '2026-11-28T10:00:00.000Z',
  submittedAt: '2026-11-28T10:00:00.000Z',
  ...extra,
});

describe('scoring', () => {
  it.each([
    [scores(5, 5, 5, 5), 100],
    [scores(0, 0, 0, 0), 0],
    [scores(5, 0, 0, 0), 30],
    [scores(4, 3, 2, 5), 70],
    [scores(3, 3, 3, 2), 56],
  ])('weights criteria: %o → %d / 100', (s, expected) => {
    expect(weightedScore(rubric, s)).toBe(expected);
  });

  it('averages only submitted, non-conflicted reviews', () => {
    const reviews = [
      review('a', scores(5, 5, 5, 5)),
      review('b', scores(3, 3, 3, 2)),
      review('c', scores(0, 0, 0, 0), { submitted: false, weightedScore: null }),
      review('d', scores(0, 0, 0, 0), { conflictOfInterest: true }),
    ];
    expect(applicationScore(reviews)).toBe(78);
    expect(applicationScore([])).toBeNull();
  });

  it('flags criteria where two reviewers are 3 points or more apart', () => {
    expect(disagreements(rubric, [review('a', scores(5, 3, 2, 4)), review('b', scores(2, 1, 2, 4))])).toEqual(['utilite_sociale']);
    expect(disagreements(rubric, [review('a', scores(5, 3, 2, 4)), review('b', scores(3, 1, 4, 2))])).toEqual([]);
    expect(disagreements(rubric, [review('a', scores(5, 5, 5, 5))])).toEqual([]);
  });

  it('reports missing and unknown criteria of a review', () => {
    const { ancrage: _a, ...partial } = scores(1, 1, 1, 1);
    expect(rubricGaps(rubric, { ...partial, bonus: { score: 5, comment: '' } })).toEqual({ missing: ['ancrage'], unknown: ['bonus'] });
  });

  it.each([
    [{ conflictOfInterest: false, scores: { viabilite: { score: 6 } } }],
    [{ conflictOfInterest: false, scores: { viabilite: { score: 2.5 } } }],
    [{ conflictOfInterest: false, scores: {}, weightedScore: 100 }],
    [{ scores: {} }],
  ])('refuses a malformed review input %o', (input) => {
    expect(reviewInputSchema.safeParse(input).success).toBe(false);
  });
});
