/** The rules' public surface: the rest of the app imports from here only. */
export { evaluate, evaluateScheme } from './engine/evaluate';
export type { Outcome, Reason, ReasonParam, ReasonParams, Verdict, Fact, Scheme, NormUse, Amount, CalculationStep } from './engine/types';
export { whatIf, type WhatIf } from './engine/whatIf';
export { VERDICTS } from './engine/types';
export { householdSchema, type Household } from './household/household';
export { getNorm, normsValidUntil, NormNotInForceError } from './norms/getNorm';
export { norms, sources, type NormId, type SourceId } from './norms/norms';
export { schemes } from './schemes';
export { channel, channels, DOCUMENTS, type ChannelId, type DocumentId } from './contacts/contacts';
export { geldzorgenSchema, type Geldzorgen } from './triage/geldzorgen';
export { ACHTERSTANDEN, type Achterstand } from './triage/achterstanden';
export { triage, type TriageLevel, type TriageResult } from './triage/triage';
export { heeftEigenPerspectief, naScheiding, scheidingsscenario, NA_SCHEIDING_REGELINGEN, type Scheidingsscenario } from './eigenPerspectief/naScheiding';
export { WIE_BESLIST, hulpBijGeldbeslissingen, type WieBeslist } from './triage/geldbeslissingen';
export { totalAmount } from './engine/totalAmount';
export { alOntvangen, mogelijkAlOntvangen, terugbetaalRisico } from './engine/alOntvangen';
export { TOESLAGEN, VERBLIJFSSTATUSSEN, type Toeslag, type Verblijfsstatus } from './household/household';
