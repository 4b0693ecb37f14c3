/**
 * The application form's state: the draft as typed, the documents as the server
 * knows them, what the shared validation says about each step, and which errors
 * the applicant should see now.
 *
 * Errors are not thrown at someone who has not typed yet: a field's error shows
 * once the field was changed and left, or once the applicant asked to move on
 * from its step ("revealed"); errors the server returned always show.
 */
import { createMemo, createSignal } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import type { Application, ApplicationSections, StepId } from '../../../../functions/src/domain/application';
import { validateSteps } from '../../../../functions/src/domain/application-steps';
import type { Bilingual, FieldError } from '../../../../functions/src/domain/errors';
import type { Program } from '../../../../functions/src/domain/program';
import { heldToCallWindow } from '../../../../functions/src/domain/program-window';
import { saveApplication, type ApplicationView } from '../../lib/api';
import { createAutosave, type AutosaveStatus, type AutosaveTimers, type SectionId } from './autosave';
import { stepOfPath, withoutBodyPrefix } from './form-paths';

/** How a step looks in the stepper: never by colour alone, each has its words. */
export type StepDisplay = 'complete' | 'todo' | 'errors';

/** The server's view and programme; `save` and `timers` can be replaced in tests. */
export interface FormStateOptions {
  view: ApplicationView;
  program: Program;
  save?: (applicationId: string, patch: Parameters<typeof saveApplication>[1]) => Promise<ApplicationView>;
  timers?: AutosaveTimers;
}

/** A deep, plain copy: what is sent must not change under the request when the applicant keeps typing. */
function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(unwrap(value) ?? {})) as T;
}

function sectionsOf(application: Application): ApplicationSections {
  return snapshot({
    organisation: application.organisation ?? {},
    project: application.project ?? {},
    // Empty lists rather than missing ones: "no other funding" is a valid answer, not a missing field.
    budget: { expenses: [], funding: [], ...application.budget },
    answers: application.answers ?? {},
    // Unticked rather than unknown, so the message is the sworn statement's own ("Vous devez cocher…").
    declaration: { accepted: false, ...application.declaration },
  });
}

/** Builds the state from the server's view; everything comes from the server, so another device resumes exactly here. */
export function createFormState(options: FormStateOptions) {
  const { program } = options;
  const applicationId = options.view.application.id;
  const save = options.save ?? saveApplication;
  const [draft, setDraft] = createStore<ApplicationSections>(sectionsOf(options.view.application));
  const [documents, setDocuments] = createSignal(options.view.documents);
  const [status, setStatus] = createSignal<AutosaveStatus>({ kind: 'idle' });
  const [serverErrors, setServerErrors] = createSignal<FieldError[]>([]);
  const [touched, setTouched] = createSignal<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = createSignal<ReadonlySet<StepId>>(new Set());

  const autosave = createAutosave({
    version: options.view.application.version,
    save: (patch) => save(applicationId, patch),
    onStatus: (next) => {
      setStatus(next);
      if (next.kind === 'invalid') setServerErrors(withoutBodyPrefix(next.errors));
    },
    onSaved: () => setServerErrors([]),
    ...(options.timers ? { timers: options.timers } : {}),
  });

  const steps = createMemo(() => validateSteps(program, draft, documents()));

  const isShown = (error: FieldError, step: StepId) => revealed().has(step) || touched().has(error.path);

  /** The errors of a step the applicant should see now: the server's, then the shared validation's. */
  function visibleErrors(step: StepId): FieldError[] {
    const fromServer = serverErrors().filter((error) => stepOfPath(error.path) === step);
    const local = steps()[step].errors.filter((error) => isShown(error, step) && !fromServer.some((e) => e.path === error.path));
    return [...fromServer, ...local];
  }

  /**
   * Tells autosave that a section changed; the whole section is sent, since PATCH
   * replaces it. (The draft and patch types of a section are the same zod type,
   * which TypeScript cannot see through the generic key.)
   */
  function changed(section: SectionId) {
    autosave.change(section, snapshot(draft[section]) as never);
  }

  /** Merges fields into a section (an `undefined` value removes the field) and autosaves it. */
  function edit<K extends SectionId>(section: K, patch: Partial<ApplicationSections[K]>) {
    setDraft(section, patch as never);
    changed(section);
  }

  return {
    applicationId,
    program,
    /** Reopened for changes by the authority: not held to the call's deadline (heldToCallWindow). */
    heldToWindow: heldToCallWindow(options.view.application.status),
    draft,
    setDraft,
    documents,
    setDocuments,
    steps,
    status,
    autosave,
    visibleErrors,
    changed,
    edit,
    /** The message shown beside a field, if any. */
    errorFor(path: string): Bilingual | undefined {
      const step = stepOfPath(path);
      if (!step) return undefined;
      return visibleErrors(step).find((error) => error.path === path)?.message;
    },
    touch(path: string) {
      if (!touched().has(path)) setTouched(new Set([...touched(), path]));
    },
    reveal(step: StepId) {
      if (!revealed().has(step)) setRevealed(new Set([...revealed(), step]));
    },
    display(step: StepId): StepDisplay {
      if (steps()[step].complete) return 'complete';
      return visibleErrors(step).length > 0 ? 'errors' : 'todo';
    },
  };
}

/** The form state handed to every step through context. */
export type FormState = ReturnType<typeof createFormState>;
