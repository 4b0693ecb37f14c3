/**
 * The physical shape of Guichet's single DynamoDB table, shared by the CDK stack
 * (infra/portal-stack.ts) and the embedded local stack, so both build the same table.
 * The logical key design (which item lives under which key) is in ./keys.ts.
 */

export const PARTITION_KEY = 'pk';
export const SORT_KEY = 'sk';
/** Epoch seconds; DynamoDB's TTL sweeper deletes items (codes, sessions, rate windows) after it. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** Three overloaded GSIs, each keyed by `<name>pk` / `<name>sk`, all projecting every attribute. */
export const GSI_NAMES = ['gsi1', 'gsi2', 'gsi3'] as const;
export type GsiName = (typeof GSI_NAMES)[number];

export function gsiKeys(name: GsiName): { partitionKey: string; sortKey: string } {
  return { partitionKey: `${name}pk`, sortKey: `${name}sk` };
}
