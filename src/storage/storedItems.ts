/**
 * Everything the app writes on the device, in one list: the privacy statement shows it and an
 * end-to-end test compares it with what a whole check actually leaves in the browser, so the
 * statement cannot drift from the code. A new key anywhere in the app belongs here.
 */
import { EASY_READ_KEY, LANGUAGE_KEY } from '../i18n/languagePreference';
import { MODE_KEY } from '../modes/detectMode';
import type { Mode } from '../modes/modes';
import { STORAGE_KEY as ANSWERS_KEY } from '../questionnaire/savedAnswers';

export type StoredItem = {
  /** Names the texts under `privacy.items.<id>` in locales/<language>/legal.json. */
  id: 'answers' | 'language' | 'easyRead' | 'mode';
  key: string;
  where: 'localStorage' | 'cookie';
  /** The modes that write it. */
  modes: readonly Mode['id'][];
};

export const STORED_ITEMS: readonly StoredItem[] = [
  { id: 'answers', key: ANSWERS_KEY, where: 'localStorage', modes: ['inwoner', 'vrijwilliger'] },
  { id: 'language', key: LANGUAGE_KEY, where: 'localStorage', modes: ['inwoner', 'vrijwilliger'] },
  { id: 'easyRead', key: EASY_READ_KEY, where: 'localStorage', modes: ['inwoner', 'vrijwilliger'] },
  // Set by staff (a link, then a confirmation on screen), in two places so that losing one does
  // not turn a kiosk into an ordinary phone; the kiosk's erase leaves it.
  { id: 'mode', key: MODE_KEY, where: 'cookie', modes: ['inwoner', 'kiosk', 'vrijwilliger'] },
  { id: 'mode', key: MODE_KEY, where: 'localStorage', modes: ['inwoner', 'kiosk', 'vrijwilliger'] },
];
