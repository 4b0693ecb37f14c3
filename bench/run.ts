/**
 * `npm run bench`: the performance rows of issue 13 that are measured today, each as a
 * figure against a baseline taken in the same run (interleaved) or as a count, with its
 * goal and a met / not met mark. Writes bench/results/latest.json and latest.md (the
 * table the README quotes). Loopback only; bounded in count and time.
 *
 *   npm run bench                 every row (about 10 minutes on 2 cores)
 *   npm run bench -- --quick      smaller counts, for a smoke run (about 2 minutes)
 *   npm run bench -- --only P3    rows whose id starts with P3
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { p1ColdImport } from './rows/p1-cold-import';
import { p2RoundTrips } from './rows/p2-round-trips';
import { p3SubmitBurst } from './rows/p3-submit-burst';
import { p4Queue } from './rows/p4-queue';
import { wWriteAmplification } from './rows/w-write-amplification';
import type { RowResult } from './support/row';
import { type Emulators, startBenchEmulators } from './support/stack';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';
const wanted = (id: string) => only === '' || id.startsWith(only);

type Row = { id: string; run: (emulators: Emulators) => Promise<RowResult | RowResult[]> };

const ROWS: Row[] = [
  { id: 'P1', run: () => p1ColdImport(quick ? 3 : 9) },
  { id: 'P2', run: (e) => p2RoundTrips(e, quick ? 30 : 200) },
  { id: 'P3', run: (e) => p3SubmitBurst(e, quick ? 20 : 100, 'burst') },
  { id: 'P3', run: (e) => p3SubmitBurst(e, quick ? 50 : 500, 'burst') },
  { id: 'P3', run: (e) => p3SubmitBurst(e, quick ? 50 : 500, 'rush', quick ? 10_000 : 120_000) },
  { id: 'P4', run: (e) => p4Queue(e, quick ? 5_000 : 50_000, 500, quick ? 10 : 30) },
  { id: 'W', run: (e) => wWriteAmplification(e) },
];

function table(results: RowResult[]): string {
  const lines = ['| id | what | goal | measured | met |', '|---|---|---|---|---|'];
  for (const r of results) lines.push(`| ${r.id} | ${r.what} | ${r.goal} | ${r.figure} | ${r.met ? 'met' : 'not met'} |`);
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  const emulators = await startBenchEmulators();
  const results: RowResult[] = [];
  try {
    for (const row of ROWS.filter((r) => wanted(r.id))) {
      const t = Date.now();
      const out = await row.run(emulators);
      for (const result of Array.isArray(out) ? out : [out]) {
        results.push(result);
        console.log(
          `${result.met ? 'met    ' : 'NOT MET'}  ${result.id}: ${result.figure}  (goal ${result.goal}; ${Math.round((Date.now() - t) / 1000)} s)`,
        );
      }
    }
  } finally {
    await emulators.stop();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const when = new Date().toISOString();
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/latest.json',
    `${JSON.stringify({ when, machine, quick, seconds: Math.round((Date.now() - started) / 1000), results }, null, 2)}\n`,
  );
  const markdown = `Run of ${when.slice(0, 10)} on ${machine}${quick ? ' (quick counts)' : ''}, ${Math.round((Date.now() - started) / 1000)} s.\n\n${table(results)}\n`;
  writeFileSync('bench/results/latest.md', markdown);
  console.log(`\n${markdown}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
