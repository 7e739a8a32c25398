/** The rules' public surface: the rest of the app imports from here only. */
export { evaluate, evaluateScheme } from './engine/evaluate';
export type { Outcome, Reason, ReasonParam, ReasonParams, Verdict, Fact, Scheme, NormUse } from './engine/types';
export { VERDICTS } from './engine/types';
export { householdSchema, type Household } from './household/household';
export { getNorm, normsValidUntil, NormNotInForceError } from './norms/getNorm';
export { norms, sources, type NormId, type SourceId } from './norms/norms';
export { schemes } from './schemes';
export { channels, DOCUMENTS, type ChannelId, type DocumentId } from './contacts/contacts';
