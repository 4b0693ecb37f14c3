/**
 * The programme builder: managers create programmes as drafts, publish and close
 * them, and edit them. Once applications exist, the parts they depend on are
 * frozen (see FROZEN_ONCE_APPLIED) and a change to them is refused with the list.
 */
import { auditEvent, diff, sameData, type AuditEvent } from '../domain/audit';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import {
  FROZEN_ONCE_APPLIED,
  PROGRAM_STATUSES,
  programProblems,
  type Program,
  type ProgramInput,
  type ProgramStatus,
} from '../domain/program';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import { newId } from '../store/ids';

const NOT_FOUND = { fr: 'Programme introuvable.', en: 'Programme not found.' };

/** Allowed status moves: a draft is published, a published call closes, a closed call may reopen. */
const STATUS_MOVES: Record<ProgramStatus, readonly ProgramStatus[]> = {
  draft: ['draft', 'published'],
  published: ['published', 'closed', 'draft'],
  closed: ['closed', 'published'],
};

/** Every field a manager edits, in the order the audit trail lists changes. */
const AUDITED_FIELDS = [
  'status',
  'title',
  'summary',
  'description',
  'opensAt',
  'closesAt',
  'envelopeCents',
  'contactEmail',
  ...FROZEN_ONCE_APPLIED,
] as const satisfies readonly (keyof ProgramInput)[];

function assertCoherent(input: ProgramInput) {
  const problems = programProblems(input);
  if (problems.length > 0) throw new ValidationError(problems.map((p) => ({ ...p, path: `body.${p.path}` })));
}

export function createProgramService(deps: Deps) {
  const { store, clock } = deps;

  return {
    /** The public list: programmes accepting applications now, soonest closing first. */
    async listOpen(): Promise<Program[]> {
      return store.programs.listOpen(clock());
    },

    /** One programme as its reader may see it: a draft only when `includeDrafts` (managers); null otherwise. */
    async findVisible(programId: string, includeDrafts: boolean): Promise<Program | null> {
      const program = await store.programs.get(programId);
      return program && (program.status !== 'draft' || includeDrafts) ? program : null;
    },

    async listAll(): Promise<Program[]> {
      const lists = await Promise.all(PROGRAM_STATUSES.map((s) => store.programs.listByStatus(s)));
      return lists.flat();
    },

    async create(manager: User, input: ProgramInput): Promise<Program> {
      assertCoherent(input);
      const at = clock().toISOString();
      const program: Program = { ...input, status: 'draft', version: 1, createdAt: at, updatedAt: at };
      const audit = auditEvent({
        id: newId('evt', clock()),
        subject: 'program',
        subjectId: program.id,
        type: 'program_created',
        at,
        actor: manager,
        change: {
          changed: [],
          before: null,
          after: { status: program.status, title: program.title, envelopeCents: program.envelopeCents },
        },
      });
      if (!(await store.programs.createIfAbsent(program, audit))) {
        throw new ConflictError({ fr: 'Un programme porte déjà cet identifiant.', en: 'A programme already has this identifier.' });
      }
      deps.log.info('programs: created', { by: manager.id, programId: program.id });
      return program;
    },

    /** The programme's audit trail, oldest first. */
    async events(programId: string): Promise<AuditEvent[]> {
      if (!(await store.programs.get(programId))) throw new NotFoundError(NOT_FOUND);
      return store.programs.listEvents(programId);
    },

    async update(manager: User, programId: string, input: ProgramInput & { version: number }): Promise<Program> {
      const current = await store.programs.get(programId);
      if (!current) throw new NotFoundError(NOT_FOUND);
      const { version, ...fields } = input;
      if (fields.id !== programId) {
        throw new ValidationError([
          { path: 'body.id', message: { fr: "L'identifiant ne se modifie pas.", en: 'The identifier cannot change.' } },
        ]);
      }
      assertCoherent(fields);
      if (!STATUS_MOVES[current.status].includes(fields.status)) {
        throw new ConflictError({
          fr: `Un programme « ${current.status} » ne peut pas passer à « ${fields.status} ».`,
          en: `A "${current.status}" programme cannot become "${fields.status}".`,
        });
      }
      const frozenChanged = FROZEN_ONCE_APPLIED.filter((key) => !sameData(current[key], fields[key]));
      const touchesFrozen = frozenChanged.length > 0 || (fields.status === 'draft' && current.status !== 'draft');
      const frozen = {
        fr: `Des demandes existent déjà : ${frozenChanged.length > 0 ? `ces éléments ne peuvent plus changer (${frozenChanged.join(', ')})` : 'le programme ne peut pas redevenir un brouillon'}. Créez un nouveau programme si les règles doivent évoluer.`,
        en: `Applications already exist: ${frozenChanged.length > 0 ? `these can no longer change (${frozenChanged.join(', ')})` : 'the programme cannot go back to draft'}. Create a new programme if the rules must change.`,
      };
      // The early answer; the write's own condition (applicationCount) closes the race
      // with an application created after this read.
      if (touchesFrozen && (await store.applications.existsForProgram(programId))) throw new ConflictError(frozen);
      const at = clock().toISOString();
      const change = diff(current as ProgramInput, fields, AUDITED_FIELDS);
      const audit = auditEvent({
        id: newId('evt', clock()),
        subject: 'program',
        subjectId: programId,
        type: current.status !== fields.status ? 'program_status_changed' : 'program_updated',
        at,
        actor: manager,
        change,
      });
      const updated = await store.programs.replace(
        { ...current, ...fields, version: current.version, updatedAt: at },
        version,
        fields.envelopeCents - current.envelopeCents,
        // Saving without a change bumps the version but says nothing worth keeping.
        change.changed.length > 0 ? audit : undefined,
        touchesFrozen ? frozen : undefined,
      );
      deps.log.info('programs: updated', { by: manager.id, programId, status: updated.status });
      return updated;
    },
  };
}

export type ProgramService = ReturnType<typeof createProgramService>;
