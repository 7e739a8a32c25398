/** The rules' public surface: the rest of the app imports from here only. */
export { evaluate, evaluateScheme } from './engine/evaluate';
export type { Outcome, Reason, ReasonParam, ReasonParams, Verdict, Fact, Scheme, NormUse, Amount, CalculationStep } from './engine/types';
export { whatIf, nearMisses, verjaardagen, type WhatIf, type NearMiss, type Verandering, type Verjaardag, type Wijziging } from './engine/whatIf';
export { supportByIncome, type SupportByIncome, type Punt, type Cliff } from './engine/supportByIncome';
export { actionPlan, type ActionPlan, type Stap, type Deadline, type DocumentNeed } from './engine/actionPlan';
export { VERDICTS } from './engine/types';
export { householdSchema, type Household } from './household/household';
export { getNorm, normsValidUntil, NormNotInForceError } from './norms/getNorm';
export { norms, sources, type NormId, type SourceId } from './norms/norms';
export { schemes } from './schemes';
export { channel, channels, DOCUMENTS, organisatieVan, type ChannelId, type DocumentId, type Organisatie } from './contacts/contacts';
export { geldzorgenSchema, type Geldzorgen } from './triage/geldzorgen';
export { ACHTERSTANDEN, type Achterstand } from './triage/achterstanden';
export { triage, type TriageLevel, type TriageResult } from './triage/triage';
export { totalAmount } from './engine/totalAmount';
export { alOntvangen, mogelijkAlOntvangen, terugbetaalRisico } from './engine/alOntvangen';
export { TOESLAGEN, VERBLIJFSSTATUSSEN, type Toeslag, type Verblijfsstatus } from './household/household';
