/**
 * "Finish and erase": everything this visit left on the device goes, then the app starts fresh in
 * the default language. The mode cookie stays: it is the library's setting, not the visitor's.
 */
import { stopSpeaking } from '../readAloud/speak';

export async function eraseDevice(): Promise<void> {
  stopSpeaking();
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Blocked storage holds nothing to erase.
  }
  if ('indexedDB' in window && typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases();
    for (const database of databases) if (database.name) indexedDB.deleteDatabase(database.name);
  }
  // A fresh load also empties every bit of memory: answers, the form, the read-aloud queue.
  window.location.replace(window.location.pathname);
}
