/**
 * The engine's vocabulary: what a scheme is made of and what `evaluate` returns.
 *
 * Reasons carry translation keys and typed parameters, never prose, so the view can
 * word them in any language and format money, dates and percentages per locale.
 */
import type { Household } from '../household/household';
import type { NormId, SourceId } from '../norms/norms';
import type { ChannelId, DocumentId } from '../contacts/contacts';

export const VERDICTS = ['likely', 'unknown', 'unlikely'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const CHECK_RESULTS = ['pass', 'fail', 'unknown'] as const;
export type CheckVerdict = (typeof CHECK_RESULTS)[number];

/** A fact the inhabitant did not give ("weet ik niet"), named after the question that asks it. */
export const FACTS = ['inkomen', 'vermogen', 'laagInkomenSinds', 'geldzaken', 'huur', 'verblijf', 'medischUrenbeperkt', 'soortUitkering'] as const;
export type Fact = (typeof FACTS)[number];

export type ReasonParam =
  | { money: number }
  | { date: string }
  | { percent: number }
  | { term: string }
  | number;

export type ReasonParams = Record<string, ReasonParam>;

/** `minor`: a met condition too obvious to list among the reasons for a "yes" (you live in Heemskerk). */
export type Reason = { key: string; params: ReasonParams; verdict: CheckVerdict; minor?: boolean };

export type CheckResult = {
  verdict: CheckVerdict;
  key: string;
  params?: ReasonParams;
  missing?: readonly Fact[];
  minor?: boolean;
};

/** A norm as read for one peildatum, with what an explanation needs to cite it. */
export type NormUse = {
  id: NormId;
  value: number;
  unit: string;
  validFrom: string;
  validTo?: string;
  sourceId: SourceId;
  verified: boolean;
  /**
   * Not final: `draft` is a budget or bill figure (confidence D), `carriedForward` last period's
   * figure kept because the new one is not published yet.
   */
  provisional?: 'draft' | 'carriedForward';
};

export type RuleContext = {
  peildatum: string;
  norm: (id: NormId) => NormUse;
};

export type Condition = {
  id: string;
  sourceId: SourceId;
  /** null: the condition does not apply to this household and gives no reason. */
  check: (household: Household, context: RuleContext) => CheckResult | null;
  /** Who the condition lets in, in general, for the catalogue of all schemes. */
  describe?: (context: RuleContext) => { key: string; params?: ReasonParams };
};

export const SCHEME_KINDS = ['regeling', 'hulp'] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];

export const LEVELS = ['gemeente', 'rijk', 'organisatie'] as const;
export type Level = (typeof LEVELS)[number];

export type Scheme = {
  id: string;
  kind: SchemeKind;
  level: Level;
  sourceIds: readonly SourceId[];
  conditions: readonly Condition[];
  toBring: readonly DocumentId[];
  applyAt: readonly ChannelId[];
  /**
   * What the scheme would pay this household, when the rules can work it out (the national
   * toeslagen, the bijstand top-up). Not set: the organisation that runs it decides the amount.
   */
  amount?: (household: Household, context: RuleContext) => Amount | null;
};

/** One line of a calculation, in words: a translation key with typed parameters, like a reason. */
export type CalculationStep = Pick<Reason, 'key' | 'params'>;

/** An estimated amount, with the calculation behind it. Money in eurocents. */
export type Amount = {
  /** Paid per month; for a toeslag the monthly advance, rounded down to whole euros. */
  perMaand: number;
  perJaar: number;
  steps: readonly CalculationStep[];
  /** It rests on an income we estimated (see household/toetsingsinkomen.ts), so it is less certain. */
  estimated: boolean;
};

export type Outcome = {
  schemeId: string;
  kind: SchemeKind;
  verdict: Verdict;
  reasons: readonly Reason[];
  missingFacts: readonly Fact[];
  normsUsed: readonly NormUse[];
  /** True when the verdict leans on a figure we could not confirm: the view then says "ask the municipality". */
  unverified: boolean;
  /** The provisional figures the outcome leans on (see NormUse.provisional): "the amounts are not final yet". */
  provisional: readonly NormId[];
  peildatum: string;
  /** Only when the verdict is not 'unlikely' and the amount is more than zero. */
  amount?: Amount;
};
