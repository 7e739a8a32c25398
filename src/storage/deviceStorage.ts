/**
 * Reading and writing this device's storage without ever failing: browsers throw when storage is
 * blocked or full, and the check must then simply work without remembering anything.
 */
export function readItem(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a value, or removes the key when the value is null. */
export function writeItem(storage: Storage | undefined, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // A full or blocked storage only costs the convenience of being remembered.
  }
}

/** This origin's localStorage, or undefined where the browser blocks it (it throws on access). */
export function deviceLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
