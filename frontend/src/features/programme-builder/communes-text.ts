/**
 * The territory's communes as a manager edits them: one per line,
 * `INSEE;code postal;nom`, which is also what a spreadsheet column copy gives
 * (tabs are accepted as separators for that reason). Each bad line is reported
 * with its number, so a list of forty communes is fixed line by line rather than
 * refused as a whole.
 *
 * Pure module.
 */
import { communeSchema, type Commune } from '../../../../functions/src/domain/program';

/** Why a line was not read: too few or too many fields, a bad code, an empty name, or a commune already listed. */
export type CommuneLineCode = 'fields' | 'insee' | 'postcode' | 'name' | 'duplicate';

/** A line to fix: its number (from 1, as an editor counts), what is wrong, and the line as typed. */
export interface CommuneLineProblem {
  line: number;
  code: CommuneLineCode;
  text: string;
}

/** What is wrong with one non-blank line, given the INSEE codes already read; nothing when it reads. */
function lineProblem(line: string, seen: ReadonlySet<string>): CommuneLineCode | undefined {
  const fields = line.split(/[;\t]/).map((field) => field.trim());
  if (fields.length !== 3) return 'fields';
  const [insee = '', postcode = '', name = ''] = fields;
  if (!communeSchema.shape.insee.safeParse(insee.toUpperCase()).success) return 'insee';
  if (!communeSchema.shape.postcode.safeParse(postcode).success) return 'postcode';
  if (!communeSchema.shape.name.safeParse(name).success) return 'name';
  if (seen.has(insee.toUpperCase())) return 'duplicate';
  return undefined;
}

/** The communes read from the text, and the lines that could not be read. Blank lines are ignored. */
export function parseCommunes(text: string): { communes: Commune[]; problems: CommuneLineProblem[] } {
  const communes: Commune[] = [];
  const problems: CommuneLineProblem[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const problem = lineProblem(line, seen);
    if (problem) {
      problems.push({ line: index + 1, code: problem, text: line });
      continue;
    }
    const [insee = '', postcode = '', name = ''] = line.split(/[;\t]/).map((field) => field.trim());
    const commune = { insee: insee.toUpperCase(), postcode, name };
    seen.add(commune.insee);
    communes.push(commune);
  }
  return { communes, problems };
}

/** The communes as lines of the editor, in the programme's order. */
export function formatCommunes(communes: readonly Commune[]): string {
  return communes.map((c) => `${c.insee};${c.postcode};${c.name}`).join('\n');
}
