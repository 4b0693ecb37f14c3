/**
 * The builder's form state: the draft being edited (a Solid store), whether it
 * differs from what is saved, and the problems on show. Problems appear when the
 * manager tries to send (or the API answers 400); after that, fixing a field
 * clears its message at once, but new messages wait for the next attempt, so
 * nobody is told off while still typing.
 */
import { createContext, createEffect, createMemo, createSignal, on, useContext } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { ProgramInput } from '../../../../functions/src/domain/program';
import type { ProgramDraft } from './program-draft';
import { validateDraft, type BuilderProblem } from './program-validation';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(unwrap(value))) as T;

/** Creates the state around a first draft (a new programme's defaults, or a stored programme). */
export function createBuilderState(initial: ProgramDraft) {
  const [draft, setDraft] = createStore<ProgramDraft>(copy(initial));
  const [saved, setSaved] = createSignal(JSON.stringify(initial));
  const [found, setFound] = createSignal<BuilderProblem[]>([]);
  const [fromServer, setFromServer] = createSignal<BuilderProblem[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const current = createMemo(() => JSON.stringify(draft));
  const problems = createMemo(() => [...found(), ...fromServer()]);

  // The API's own findings stay until the next attempt: the browser cannot tell when they are fixed.
  createEffect(
    on(
      current,
      () => {
        if (found().length === 0) return;
        const still = new Set(validateDraft(copy(draft)).problems.map((p) => p.path));
        setFound((shown) => shown.filter((p) => still.has(p.path)));
      },
      { defer: true },
    ),
  );

  return {
    draft,
    setDraft,
    problems,
    attempt,
    /** The first problem on `path`, if one is on show. */
    problemFor: (path: string) => problems().find((p) => p.path === path),
    /** Whether the form holds changes not yet saved. */
    dirty: () => current() !== saved(),
    /** Checks the draft; shows its problems and moves focus to their summary, or returns the input to send. */
    validate(): ProgramInput | null {
      const result = validateDraft(copy(draft));
      setFound(result.problems);
      setFromServer([]);
      setAttempt((n) => n + 1);
      return result.input;
    },
    /** Shows problems the API found (already renamed to the form's paths). */
    showProblems(problems: BuilderProblem[]) {
      setFromServer(problems);
      setAttempt((n) => n + 1);
    },
    /** Records `sent` as what is now saved, without touching what the manager typed meanwhile. */
    markSaved(sent: ProgramDraft) {
      setSaved(JSON.stringify(sent));
    },
    /** Replaces the whole draft (after loading another version). */
    replace(next: ProgramDraft) {
      setDraft(reconcile(copy(next)));
      setSaved(JSON.stringify(next));
      setFound([]);
      setFromServer([]);
    },
    /** A plain copy of the draft as it is now. */
    snapshot: () => copy(draft),
  };
}

export type BuilderState = ReturnType<typeof createBuilderState>;

const BuilderContext = createContext<BuilderState>();

/** Gives the sections the state of the form they belong to. */
export const BuilderProvider = BuilderContext.Provider;

/** The state of the enclosing builder form; throws outside one, to surface wiring mistakes early. */
export function useBuilder(): BuilderState {
  const state = useContext(BuilderContext);
  if (!state) throw new Error('useBuilder() must be called inside <BuilderProvider>');
  return state;
}
