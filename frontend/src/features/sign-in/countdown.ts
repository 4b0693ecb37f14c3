/**
 * A whole-second countdown, for "resend the code in 25 s". It counts against a
 * deadline rather than ticks, so a phone that throttles a background tab still
 * shows the right number when the applicant comes back.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

export function createCountdown(): { remaining: Accessor<number>; start: (seconds: number) => void } {
  const [remaining, setRemaining] = createSignal(0);
  let deadline = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const tick = () => {
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    setRemaining(left);
    if (left === 0) stop();
  };
  onCleanup(stop);
  return {
    remaining,
    start(seconds: number) {
      stop();
      deadline = Date.now() + seconds * 1000;
      tick();
      timer = setInterval(tick, 1000);
    },
  };
}
