/**
 * P4 and P4b: what a manager waits for on a programme of 50,000 files against one of 500,
 * in the same table, interleaved: the queue's first page (by date, then by score) and the
 * programme dashboard, with the size of the dashboard's answer.
 */
import type { RowResult } from '../support/row';
import { seedSubmitted } from '../support/seed';
import { type Emulators, as, createWorld, signIn } from '../support/stack';
import { interleaved, round } from '../support/stats';

async function cloneProgram(world: Awaited<ReturnType<typeof createWorld>>, id: string) {
  const source = await world.deps.store.programs.get('amorcage-ess');
  if (!source) throw new Error('demo programme missing');
  await world.deps.store.programs.createIfAbsent({ ...source, id, referencePrefix: 'B' });
}

export async function p4Queue(emulators: Emulators, large: number, small: number, reps: number): Promise<RowResult[]> {
  const world = await createWorld(emulators);
  await cloneProgram(world, 'petit-appel');
  await cloneProgram(world, 'grand-appel');
  const seeded = Date.now();
  await seedSubmitted(world, 'petit-appel', small);
  await seedSubmitted(world, 'grand-appel', large);
  const seedSeconds = round((Date.now() - seeded) / 1000);
  const manager = as(world, await signIn(world, 'gestionnaire@demo.example.org', '203.0.113.20'));
  const page = (programId: string, sort: string) => async () => {
    const res = await manager(`/api/applications?programId=${programId}&status=submitted&sort=${sort}&limit=50`);
    if (res.status !== 200) throw new Error(`queue ${res.status}`);
    await res.arrayBuffer();
  };
  const byDate = await interleaved(reps, page('petit-appel', 'date'), page('grand-appel', 'date'));
  const byScore = await interleaved(reps, page('petit-appel', 'score'), page('grand-appel', 'score'));
  const queueRatio = round(Math.max(byDate.subject.p50 / byDate.baseline.p50, byScore.subject.p50 / byScore.baseline.p50));

  let dashboardBytes = { small: 0, large: 0 };
  const dashboard = (programId: string, size: 'small' | 'large') => async () => {
    const res = await manager(`/api/programs/${programId}/dashboard`);
    if (res.status !== 200) throw new Error(`dashboard ${res.status}`);
    dashboardBytes = { ...dashboardBytes, [size]: (await res.arrayBuffer()).byteLength };
  };
  const dash = await interleaved(
    Math.max(3, Math.round(reps / 10)),
    dashboard('petit-appel', 'small'),
    dashboard('grand-appel', 'large'),
    1,
  );
  const dashRatio = round(dash.subject.p50 / dash.baseline.p50);
  return [
    {
      id: 'P4',
      what: `staff queue first page, ${large.toLocaleString('en')} vs ${small} files`,
      goal: '≤ 1.3×',
      figure: `${queueRatio}× (by date ${byDate.subject.p50} vs ${byDate.baseline.p50} ms, by score ${byScore.subject.p50} vs ${byScore.baseline.p50} ms p50)`,
      met: queueRatio <= 1.3,
      details: { large, small, reps, seedSeconds, byDate, byScore },
    },
    {
      id: 'P4b',
      what: `programme dashboard, ${large.toLocaleString('en')} vs ${small} files`,
      goal: '≤ 1.3×, under 1 MB',
      figure: `${dashRatio}× (${dash.subject.p50} vs ${dash.baseline.p50} ms p50), ${round(dashboardBytes.large / 1024)} KiB`,
      met: dashRatio <= 1.3 && dashboardBytes.large < 1024 * 1024,
      details: { dash, dashboardBytes },
    },
  ];
}
