/**
 * Two tabs with the check open must not overwrite each other's answers: when another tab saves
 * (or clears), this one takes over its answers. Only a real change is taken over, so the two tabs
 * settle at once instead of answering each other's saves forever.
 */
import { useEffect, useEffectEvent } from 'react';
import type { Answers } from './answers';
import { ANSWERS_KEY } from '../storage/storedItems';

export function useAnswersFromOtherTabs(storage: Storage | undefined, answers: Answers, onChange: (answers: Answers) => void): void {
  // Compared with the answers of the moment, without re-subscribing at every keystroke.
  const takeOver = useEffectEvent((next: Answers) => {
    if (JSON.stringify(next) !== JSON.stringify(answers)) onChange(next);
  });
  useEffect(() => {
    if (!storage) return;
    const onStorage = (event: StorageEvent) => {
      // A null key: the other tab cleared all storage ("wis mijn antwoorden" elsewhere).
      if (event.storageArea !== storage || (event.key !== null && event.key !== ANSWERS_KEY)) return;
      const raw = event.key === null ? null : event.newValue;
      // Reading a save needs zod, which the start screen does without (startOnDemand.ts).
      void import('./savedAnswers').then(({ parseSaved }) => takeOver(parseSaved(raw).answers));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);
}
