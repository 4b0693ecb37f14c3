/**
 * P2: GET application and PATCH autosave through the app, against the raw SDK calls the
 * request semantically needs (the session item, then the application's partition or its
 * update), interleaved on the same DynamoDB Local, p50 and p99.
 */
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { hashSessionId } from '../../functions/src/auth/codes';
import { keys } from '../../functions/src/store/keys';
import type { RowResult } from '../support/row';
import { type Emulators, as, createWorld, signIn } from '../support/stack';
import { interleaved, round } from '../support/stats';

export async function p2RoundTrips(emulators: Emulators, reps: number): Promise<RowResult> {
  const world = await createWorld(emulators);
  const cookie = await signIn(world, 'lea@example.org', '203.0.113.10');
  const req = as(world, cookie);
  const created = await req('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } });
  const { application } = (await created.json()) as { application: { id: string; version: number } };
  const sessionKey = keys.session(hashSessionId(cookie.split('=')[1] ?? ''));
  const { db, config } = world;
  const table = config.tableName;

  const get = await interleaved(
    reps,
    async () => {
      await db.send(new GetCommand({ TableName: table, Key: sessionKey, ConsistentRead: true }));
      await db.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.applicationPartition(application.id) },
          ConsistentRead: true,
        }),
      );
    },
    async () => {
      const res = await req(`/api/applications/${application.id}`);
      if (res.status !== 200) throw new Error(`GET ${res.status}`);
      await res.arrayBuffer();
    },
  );

  let version = application.version;
  let n = 0;
  const patch = await interleaved(
    reps,
    async () => {
      await db.send(new GetCommand({ TableName: table, Key: sessionKey, ConsistentRead: true }));
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.application(`${application.id}-raw`),
          UpdateExpression: 'SET #project = :p, updatedAt = :at ADD version :one',
          ExpressionAttributeNames: { '#project': 'project' },
          ExpressionAttributeValues: { ':p': { title: `Brouillon ${n}` }, ':at': new Date().toISOString(), ':one': 1 },
        }),
      );
    },
    async () => {
      n += 1;
      const res = await req(`/api/applications/${application.id}`, {
        method: 'PATCH',
        body: { version, project: { title: `Brouillon ${n}` } },
      });
      if (res.status !== 200) throw new Error(`PATCH ${res.status}`);
      version = ((await res.json()) as { application: { version: number } }).application.version;
    },
  );

  const ratio = (a: number, b: number) => round(a / b);
  const getP50 = ratio(get.subject.p50, get.baseline.p50);
  const getP99 = ratio(get.subject.p99, get.baseline.p99);
  const patchP50 = ratio(patch.subject.p50, patch.baseline.p50);
  const patchP99 = ratio(patch.subject.p99, patch.baseline.p99);
  return {
    id: 'P2',
    what: 'GET application / PATCH autosave vs the raw SDK calls they need',
    goal: '≤ 1.3× p50, ≤ 1.5× p99',
    figure: `GET ${getP50}× / ${getP99}×, PATCH ${patchP50}× / ${patchP99}× (p50 / p99)`,
    met: getP50 <= 1.3 && patchP50 <= 1.3 && getP99 <= 1.5 && patchP99 <= 1.5,
    details: { reps, get, patch },
  };
}
