/**
 * The AWS scanner: GuardDuty Malware Protection for S3 scans every object written
 * under `verified/` by itself, and its EventBridge result reaches the `documents`
 * function (see jobs/documents.ts). At verification time there is nothing to do but
 * say the verdict is pending.
 */
import type { Scanner } from './store-ports';

export const deferredScanner: Scanner = {
  async scan() {
    return 'pending';
  },
};
