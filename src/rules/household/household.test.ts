import { describe, expect, it } from 'vitest';
import { households } from '../../../tests/fixtures/households';
import { neutraal, titled } from '../../../tests/fixtures/rules';
import { householdSchema } from './household';

/** The messages zod gives for one household, as "path: message". */
function errors(input: unknown): string[] {
  const result = householdSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const metInkomenWerk = (werk: unknown) => ({ ...neutraal, inkomen: { ...neutraal.inkomen, werk } });

describe('householdSchema', () => {
  it.each(Object.entries(households))('accepts the fixture %s', (_, household) => {
    expect(errors(household)).toEqual([]);
  });

  it('accepts "I don\'t know" (null) for income, assets, rent and the yes/no questions', () => {
    const unknowns = {
      ...neutraal,
      inkomen: { werk: null, uitkering: null, pensioen: null, overig: null },
      vermogen: null,
      huurPerMaand: null,
      laagInkomenSinds: null,
      betalingsachterstanden: null,
      schulden: null,
      wilHulpBijGeldzaken: null,
    };
    expect(errors(unknowns)).toEqual([]);
  });

  const rejected = [
    { name: 'negative income', input: metInkomenWerk(-1), error: 'inkomen.werk: errors.notNegative' },
    { name: 'negative assets', input: { ...neutraal, vermogen: -100 }, error: 'vermogen: errors.notNegative' },
    { name: 'an applicant aged 200', input: { ...neutraal, aanvrager: { leeftijd: 200 } }, error: 'aanvrager.leeftijd: errors.age' },
    { name: 'a partner aged 121', input: { ...neutraal, partner: { leeftijd: 121 } }, error: 'partner.leeftijd: errors.age' },
    { name: 'text in a money field', input: metInkomenWerk('1200'), error: 'inkomen.werk: errors.number' },
    { name: 'text in the age field', input: { ...neutraal, aanvrager: { leeftijd: 'veertig' } }, error: 'aanvrager.leeftijd: errors.number' },
    { name: 'a fraction of a cent', input: metInkomenWerk(1234.5), error: 'inkomen.werk: errors.number' },
    { name: 'an age that is not whole years', input: { ...neutraal, aanvrager: { leeftijd: 40.5 } }, error: 'aanvrager.leeftijd: errors.wholeYears' },
    { name: 'a child aged 18', input: { ...neutraal, kinderen: [{ leeftijd: 4 }, { leeftijd: 18 }] }, error: 'kinderen.1.leeftijd: errors.childAge' },
    { name: 'more than a million euro a month', input: metInkomenWerk(100_000_001), error: 'inkomen.werk: errors.tooLarge' },
  ];
  it.each(titled(rejected, (c) => `rejects ${c.name} with ${c.error}`))('%s', (_, { input, error }) => {
    expect(errors(input)).toEqual([error]);
  });

  it('accepts the largest values just inside the limits', () => {
    expect(errors({ ...metInkomenWerk(100_000_000), aanvrager: { leeftijd: 120 }, kinderen: [{ leeftijd: 17 }] })).toEqual([]);
  });
});
