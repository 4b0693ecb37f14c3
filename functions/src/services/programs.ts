/**
 * The programme builder: managers create programmes as drafts, publish and close
 * them, and edit them. Once applications exist, the parts they depend on are
 * frozen (see FROZEN_ONCE_APPLIED) and a change to them is refused with the list.
 */
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

const NOT_FOUND = { fr: 'Programme introuvable.', en: 'Programme not found.' };

/** Allowed status moves: a draft is published, a published call closes, a closed call may reopen. */
const STATUS_MOVES: Record<ProgramStatus, readonly ProgramStatus[]> = {
  draft: ['draft', 'published'],
  published: ['published', 'closed', 'draft'],
  closed: ['closed', 'published'],
};

/** Deep equality that ignores object key order (DynamoDB maps do not keep it). */
function sameData(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value;
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function assertCoherent(input: ProgramInput) {
  const problems = programProblems(input);
  if (problems.length > 0) throw new ValidationError(problems.map((p) => ({ ...p, path: `body.${p.path}` })));
}

export function createProgramService(deps: Deps) {
  const { store, clock } = deps;

  return {
    async listAll(): Promise<Program[]> {
      const lists = await Promise.all(PROGRAM_STATUSES.map((s) => store.programs.listByStatus(s)));
      return lists.flat();
    },

    async create(manager: User, input: ProgramInput): Promise<Program> {
      assertCoherent(input);
      const at = clock().toISOString();
      const program: Program = { ...input, status: 'draft', version: 1, createdAt: at, updatedAt: at };
      if (!(await store.programs.createIfAbsent(program))) {
        throw new ConflictError({ fr: 'Un programme porte déjà cet identifiant.', en: 'A programme already has this identifier.' });
      }
      deps.log.info('programs: created', { by: manager.id, programId: program.id });
      return program;
    },

    async update(manager: User, programId: string, input: ProgramInput & { version: number }): Promise<Program> {
      const current = await store.programs.get(programId);
      if (!current) throw new NotFoundError(NOT_FOUND);
      const { version, ...fields } = input;
      if (fields.id !== programId) {
        throw new ValidationError([{ path: 'body.id', message: { fr: "L'identifiant ne se modifie pas.", en: 'The identifier cannot change.' } }]);
      }
      assertCoherent(fields);
      if (!STATUS_MOVES[current.status].includes(fields.status)) {
        throw new ConflictError({
          fr: `Un programme « ${current.status} » ne peut pas passer à « ${fields.status} ».`,
          en: `A "${current.status}" programme cannot become "${fields.status}".`,
        });
      }
      const applied = await store.applications.existsForProgram(programId);
      if (applied) {
        const changed = FROZEN_ONCE_APPLIED.filter((key) => !sameData(current[key], fields[key]));
        if (changed.length > 0 || fields.status === 'draft') {
          throw new ConflictError({
            fr: `Des demandes existent déjà : ${changed.length > 0 ? `ces éléments ne peuvent plus changer (${changed.join(', ')})` : 'le programme ne peut pas redevenir un brouillon'}. Créez un nouveau programme si les règles doivent évoluer.`,
            en: `Applications already exist: ${changed.length > 0 ? `these can no longer change (${changed.join(', ')})` : 'the programme cannot go back to draft'}. Create a new programme if the rules must change.`,
          }, current.version);
        }
      }
      const updated = await store.programs.replace(
        { ...current, ...fields, version: current.version, updatedAt: clock().toISOString() },
        version,
        fields.envelopeCents - current.envelopeCents,
      );
      deps.log.info('programs: updated', { by: manager.id, programId, status: updated.status });
      return updated;
    },
  };
}

export type ProgramService = ReturnType<typeof createProgramService>;
