import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { budgetSchema, organisationSchema } from '../../../functions/src/domain/application';
import { PARSE_OPTIONS, fieldErrorsFromZod } from '../../../functions/src/domain/validation';

const errorsOf = (schema: z.ZodType, value: unknown, prefix?: string) => {
  const result = schema.safeParse(value, PARSE_OPTIONS);
  return result.success ? [] : fieldErrorsFromZod(result.error, prefix);
};

describe('field errors', () => {
  it('names each unknown field by its own path', () => {
    const schema = z.object({ a: z.object({ b: z.string() }).strict() }).strict();
    expect(
      errorsOf(schema, { a: { b: 'x', status: 'approved' }, ownerId: 'me' }, 'body')
        .map((e) => e.path)
        .sort(),
    ).toEqual(['body.a.status', 'body.ownerId']);
  });

  it('says a choice left empty is required, not "not allowed"', () => {
    const [legalForm] = errorsOf(organisationSchema, { name: 'X' }).filter((e) => e.path === 'legalForm');
    expect(legalForm?.message).toEqual({ fr: 'Ce champ est obligatoire.', en: 'This field is required.' });
    const [wrong] = errorsOf(z.object({ f: z.enum(['a', 'b']) }), { f: 'c' });
    expect(wrong?.message.fr).toBe('Valeur non autorisée.');
  });

  it('asks for a line when a list is empty, and explains the SIRET check in both languages', () => {
    const [expenses] = errorsOf(budgetSchema, { expenses: [], funding: [], amountRequestedCents: 100 }).filter(
      (e) => e.path === 'expenses',
    );
    expect(expenses?.message).toEqual({ fr: 'Ajoutez au moins une ligne.', en: 'Add at least one line.' });
    const [siret] = errorsOf(organisationSchema, { siret: '73282932000075' }).filter((e) => e.path === 'siret');
    expect(siret?.message.fr).toMatch(/14 chiffres valides/);
    expect(siret?.message.en).toMatch(/14 valid digits/);
  });
});
