/**
 * When a programme accepts applications. Kept apart from the programme schemas so
 * the SPA's first pages can ask it without downloading zod.
 */
export type ProgramWindow = { status: 'draft' | 'published' | 'closed'; opensAt: string; closesAt: string };

/** A programme accepts applications when published and `now` is inside [opensAt, closesAt). */
export function isOpen(program: ProgramWindow, now: Date): boolean {
  const t = now.getTime();
  return program.status === 'published' && Date.parse(program.opensAt) <= t && t < Date.parse(program.closesAt);
}
