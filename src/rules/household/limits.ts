/**
 * What an answer may hold, in one place: the household schema, the questionnaire's steps, the
 * parsing of typed amounts and the input fields all read these, so the question and the rules
 * cannot disagree about a limit. They guard against typos and storage abuse; no law sets them.
 */
export const LIMITS = {
  /** Years: the check is for people who can answer for themselves; younger, the errors say whom to ask. */
  leeftijdMinimum: 16,
  /** Years; beyond any person. */
  leeftijd: 120,
  /** A child is under 18 for every scheme here; older children count as adults. */
  leeftijdKind: 17,
  kinderen: 10,
  kostendelers: 20,
  /** A million euro a month or in savings is far beyond any scheme here; larger numbers are typos. */
  cents: 100_000_000,
  /** Characters in one typed answer: enough for any amount or age, too few to hide anything in. */
  tekens: 40,
} as const;
