/**
 * "Finish and erase" / "next person": everything this visit left on the device goes, then the app
 * starts fresh from the mode's home address, so the kiosk is a kiosk again even when its cookie was
 * lost. Only the mode setting stays: it is the library's, not the visitor's.
 */
import { stopSpeaking } from '../readAloud/speak';
import { deviceLocalStorage } from '../storage/deviceStorage';
import { clearAllButMode, homeUrl } from './detectMode';
import type { Mode } from './modes';

export async function eraseDevice(mode: Mode): Promise<void> {
  stopSpeaking();
  clearAllButMode(deviceLocalStorage());
  try {
    sessionStorage.clear();
  } catch {
    // Blocked storage holds nothing to erase.
  }
  try {
    if ('indexedDB' in window && typeof indexedDB.databases === 'function') {
      const databases = await indexedDB.databases();
      for (const database of databases) if (database.name) indexedDB.deleteDatabase(database.name);
    }
  } finally {
    // A fresh load also empties every bit of memory: answers, the form, the read-aloud queue.
    window.location.replace(homeUrl(window.location.pathname, mode));
  }
}
