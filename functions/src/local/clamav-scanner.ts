/**
 * The antivirus of the local stack and the tests: ClamAV's `clamscan` from Debian
 * (`apt-get install clamav`), fed the bytes on stdin. Without internet `freshclam`
 * cannot fetch signatures, so the repository ships its own database
 * (`clamav/guichet-test.ndb`: the EICAR test string), which is enough to prove the
 * whole path — clean, infected, error — end to end.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ScanStatus } from '../domain/application';
import type { Logger } from '../logger';
import type { Scanner } from '../store/store-ports';

/** The signature database shipped with the repository, relative to its root. */
export const CLAMAV_TEST_DATABASE = 'functions/src/local/clamav/guichet-test.ndb';
const SCAN_TIMEOUT_MS = 30_000;

/** Whether `clamscan` can be run at all. */
export function clamscanAvailable(command = 'clamscan'): boolean {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return !result.error && result.status === 0;
}

/** clamscan exits 0 when clean, 1 when a signature matched, 2 on any error. */
export function createClamavScanner(options: { databasePath: string; command?: string }): Scanner {
  const { databasePath, command = 'clamscan' } = options;
  return {
    scan({ bytes }) {
      return new Promise<ScanStatus>((done) => {
        const child = spawn(command, ['--no-summary', '--stdout', '-d', databasePath, '-'], { stdio: ['pipe', 'ignore', 'ignore'] });
        const timer = setTimeout(() => child.kill('SIGKILL'), SCAN_TIMEOUT_MS);
        child.once('error', () => {
          clearTimeout(timer);
          done('error');
        });
        child.once('close', (code) => {
          clearTimeout(timer);
          done(code === 0 ? 'clean' : code === 1 ? 'infected' : 'error');
        });
        // A child that dies early closes stdin: that is an error result, not a crash of the API.
        child.stdin.once('error', () => undefined);
        child.stdin.end(bytes);
      });
    },
  };
}

/**
 * For `npm start` on a machine without ClamAV: every file passes on its type check
 * alone, and the log says so for each one.
 */
export function createTypeCheckOnlyScanner(log: Logger): Scanner {
  return {
    async scan({ key }) {
      log.warn('antivirus: ClamAV is not installed, marking the file clean on its type check only', { key });
      return 'clean';
    },
  };
}
