/**
 * Everything the app writes on the device, in one list: the privacy statement shows it and an
 * end-to-end test compares it with what a whole check actually leaves in the browser, so the
 * statement cannot drift from the code. A new key anywhere in the app belongs here.
 */
import { EASY_READ_KEY, LANGUAGE_KEY } from '../i18n/languagePreference';
import { MODE_KEY } from '../modes/detectMode';
import { MODES, type Mode } from '../modes/modes';
import { PREFERENCE_CACHE, PREFERENCE_KEY } from '../pwa/offlineLanguages';

/** The answers of the check (`src/questionnaire/savedAnswers.ts`); named here because a shared folder imports no feature. */
export const ANSWERS_KEY = 'rondkomen-check.v1';

export type StoredItem = {
  /** Names the texts under `privacyStatement.items.<id>` in locales/<language>/legal.json. */
  id: 'answers' | 'language' | 'easyRead' | 'languageOffline' | 'mode';
  /** For the Cache Storage: the cache's name followed by the entry's path. */
  key: string;
  where: 'localStorage' | 'cookie' | 'cacheStorage';
  /** The modes that write it. */
  modes: readonly Mode['id'][];
};

/** Only the modes that keep a visitor's choices between loads write them. */
const KEEPING = Object.values(MODES)
  .filter((mode) => mode.persist)
  .map((mode) => mode.id);
const ALL_MODES = Object.values(MODES).map((mode) => mode.id);

export const STORED_ITEMS: readonly StoredItem[] = [
  { id: 'answers', key: ANSWERS_KEY, where: 'localStorage', modes: KEEPING },
  { id: 'language', key: LANGUAGE_KEY, where: 'localStorage', modes: KEEPING },
  { id: 'easyRead', key: EASY_READ_KEY, where: 'localStorage', modes: KEEPING },
  // The service worker cannot read localStorage; this copy lets it serve / in the chosen language.
  { id: 'languageOffline', key: `${PREFERENCE_CACHE}${PREFERENCE_KEY}`, where: 'cacheStorage', modes: KEEPING },
  // Remembered only once staff confirm it on screen, in two places so that losing one does not
  // turn a kiosk into an ordinary phone; every erase leaves it.
  { id: 'mode', key: MODE_KEY, where: 'cookie', modes: ALL_MODES },
  { id: 'mode', key: MODE_KEY, where: 'localStorage', modes: ALL_MODES },
];
