/**
 * Writing the answers to this device. Reading them back (savedAnswers.ts) needs zod, which the
 * first screen does without: a first visit has nothing to read, so it waits for nothing (issue 16).
 */
import { writeItem } from '../storage/deviceStorage';
import { ANSWERS_KEY } from '../storage/storedItems';
import type { Saved } from './savedAnswers';

export const SCREENS = ['start', 'questions', 'results', 'catalogue', 'hulp', 'controle', 'toegankelijkheid', 'privacy', 'colofon'] as const;
export type Screen = (typeof SCREENS)[number];

export const EMPTY: Saved = { answers: {} };

export function save(storage: Storage | undefined, saved: Saved): void {
  writeItem(storage, ANSWERS_KEY, JSON.stringify(saved));
}

export function clearSaved(storage: Storage | undefined): void {
  writeItem(storage, ANSWERS_KEY, null);
}
