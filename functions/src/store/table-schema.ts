/**
 * The physical shape of Guichet's single DynamoDB table, shared by the CDK stack
 * (infra/portal-stack.ts) and the embedded local stack, so both build the same table.
 * The logical key design (which item lives under which key) is in ./keys.ts.
 */

export const PARTITION_KEY = 'pk';
export const SORT_KEY = 'sk';
/** Epoch seconds; DynamoDB's TTL sweeper deletes items (codes, sessions, rate windows) after it. */
export const TTL_ATTRIBUTE = 'expiresAt';

/**
 * Four overloaded GSIs, each keyed by `<name>pk` / `<name>sk`. gsi1–gsi3 project every
 * attribute (their lists show the items); gsi4 projects keys only: it finds drafts for the
 * daily jobs, which then read the items, and its keys never change on an autosave, so an
 * autosave never writes to it.
 */
export const GSI_NAMES = ['gsi1', 'gsi2', 'gsi3', 'gsi4'] as const;
export type GsiName = (typeof GSI_NAMES)[number];

export const GSI_PROJECTION: Record<GsiName, 'ALL' | 'KEYS_ONLY'> = { gsi1: 'ALL', gsi2: 'ALL', gsi3: 'ALL', gsi4: 'KEYS_ONLY' };

export function gsiKeys(name: GsiName): { partitionKey: string; sortKey: string } {
  return { partitionKey: `${name}pk`, sortKey: `${name}sk` };
}
