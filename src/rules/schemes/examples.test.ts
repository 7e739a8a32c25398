/**
 * The worked examples of every scheme, kept as data in `<schemeId>/examples.yaml` so that a policy
 * officer can read and add them without TypeScript (like OpenFisca's YAML tests). This one test
 * finds every such file under this folder, checks each household through the real zod schema and
 * the real `evaluate`, and names the file and the example when one does not come out.
 *
 * A household lists only the facts that matter; the others are those of `neutraal` (a single
 * person of 40, renting in Heemskerk, without income or savings). Money is in euros there, as
 * people write it, and in eurocents here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { neutraal } from '../../../tests/fixtures/households';
import { evaluate } from '../engine/evaluate';
import { VERDICTS } from '../engine/types';
import { householdSchema } from '../household/household';

const FOLDER = import.meta.dirname;

/** The money facts of a Household, written in euros in the examples. */
const IN_EUROS = ['toetsingsinkomen', 'vermogen', 'huurPerMaand'] as const;
const INKOMEN_IN_EUROS = ['werk', 'uitkering', 'pensioen', 'overig'] as const;

type Example = {
  title: string;
  source: { url: string; date: string } | { derived: string };
  peildatum: string;
  legalBasis: string;
  household: Record<string, unknown>;
  expected: { verdict: string; perMaand?: number; perJaar?: number };
};

const centen = (euros: unknown) => (typeof euros === 'number' ? Math.round(euros * 100) : euros);

/** Only the example's own facts are in euros: the defaults of `neutraal` are already eurocents. */
function household(facts: Record<string, unknown>): unknown {
  const h: Record<string, unknown> = { ...facts };
  for (const key of IN_EUROS) if (key in h) h[key] = centen(h[key]);
  const inkomen = { ...(facts.inkomen as object | undefined) } as Record<string, unknown>;
  for (const key of INKOMEN_IN_EUROS) if (key in inkomen) inkomen[key] = centen(inkomen[key]);
  return { ...neutraal, ...h, inkomen: { ...neutraal.inkomen, ...inkomen } };
}

const files = readdirSync(FOLDER, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('examples.yaml'))
  .sort();

describe('worked examples as data (src/rules/schemes/**/examples.yaml)', () => {
  it('takes a default money fact as it is and converts a stated one once', () => {
    expect(household({})).toMatchObject({ huurPerMaand: neutraal.huurPerMaand, vermogen: neutraal.vermogen, inkomen: neutraal.inkomen });
    expect(household({ huurPerMaand: 650, inkomen: { werk: 1000.5 } })).toMatchObject({ huurPerMaand: 65000, inkomen: { ...neutraal.inkomen, werk: 100050 } });
  });

  it('finds the examples of the national toeslagen at least', () => {
    expect(files.map((f) => f.split(/[\\/]/)[0])).toEqual(expect.arrayContaining(['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget']));
  });

  for (const file of files) {
    const path = join(FOLDER, file);
    const { scheme, examples } = parse(readFileSync(path, 'utf8')) as { scheme: string; examples: Example[] };
    const name = relative(join(FOLDER, '../../..'), path);

    describe(name, () => {
      it.each(examples.map((e) => [e.title, e] as const))('%s', (title, example) => {
        const where = `${name}, example "${title}"`;
        expect(example.legalBasis, `${where}: no legalBasis`).toBeTruthy();
        expect(example.source, `${where}: no source`).toBeTruthy();
        expect(VERDICTS, `${where}: unknown verdict`).toContain(example.expected.verdict);
        const parsed = householdSchema.safeParse(household(example.household));
        expect(parsed.error?.issues ?? [], `${where}: the household is not valid`).toEqual([]);
        const outcome = evaluate(parsed.data!, String(example.peildatum)).find((o) => o.schemeId === scheme);
        expect(outcome, `${where}: no scheme "${scheme}"`).toBeDefined();
        expect(outcome!.verdict, `${where}: verdict`).toBe(example.expected.verdict);
        if (example.expected.perMaand !== undefined) expect(outcome!.amount?.perMaand ?? 0, `${where}: per month (eurocents)`).toBe(centen(example.expected.perMaand));
        if (example.expected.perJaar !== undefined) expect(outcome!.amount?.perJaar ?? 0, `${where}: per year (eurocents)`).toBe(centen(example.expected.perJaar));
      });
    });
  }
});
