/**
 * Which mode this device runs in, decided so that a kiosk cannot forget it is a kiosk and a link
 * cannot lock someone's phone into one.
 *
 * - Staff open the kiosk's home page, `/?kiosk=1` (optionally `&wacht=<seconds>`, at least 60), or
 *   `/?modus=vrijwilliger`. That address stays in the address bar, and every erase and idle reset
 *   loads it again, so each load knows its mode from the address alone, even with cookies blocked.
 * - The device remembers the mode (a cookie, renewed on every load, and one key in localStorage
 *   that the erase leaves alone) only after staff confirm it on screen (`ModeSetup`). A link
 *   alone never changes what a device remembers.
 * - Fail safe: when the address and the memory disagree, the mode that keeps nothing wins until
 *   someone confirms; a device remembered as a kiosk stays one even if the address says otherwise.
 */
import { readItem, writeItem } from '../storage/deviceStorage';
import { MODES, type Mode } from './modes';

export const MODE_KEY = 'rondkomen-modus';
const COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
/** Below a minute a visitor cannot read a screen before it is wiped; that is sabotage, not a setting. */
export const MIN_IDLE_SECONDS = 60;
const MAX_IDLE_SECONDS = 3600;
const TWO_MINUTES_MS = MODES.kiosk.idleResetAfterMs;
const DEFAULT_KIOSK_SECONDS = TWO_MINUTES_MS / 1000;

/** What a device can remember: the mode and, for the kiosk, its idle time in seconds (else null). */
export type ModeSetting = { id: Mode['id']; waitSeconds: number | null };

export function settingToString(setting: ModeSetting): string {
  return `${setting.id}:${setting.waitSeconds ?? ''}`;
}

export function parseSetting(value: string | null | undefined): ModeSetting | null {
  const [id, seconds = ''] = (value ?? '').split(':');
  if (id !== 'inwoner' && id !== 'kiosk' && id !== 'vrijwilliger') return null;
  if (id !== 'kiosk') return { id, waitSeconds: null };
  const wait = Number(seconds);
  if (seconds === '' || !Number.isInteger(wait)) return { id, waitSeconds: DEFAULT_KIOSK_SECONDS };
  return { id, waitSeconds: Math.min(MAX_IDLE_SECONDS, Math.max(MIN_IDLE_SECONDS, wait)) };
}

/** The setting a link asks for, if any. */
export function requestedSetting(search: string): ModeSetting | null {
  const params = new URLSearchParams(search);
  if (params.get('kiosk') === '1') return parseSetting(`kiosk:${params.get('wacht') ?? ''}`);
  if (params.get('kiosk') === '0') return { id: 'inwoner', waitSeconds: null };
  return parseSetting(params.get('modus'));
}

export function modeOf(setting: ModeSetting): Mode {
  const mode: Mode = MODES[setting.id];
  return setting.waitSeconds === null ? mode : { ...mode, idleResetAfterMs: setting.waitSeconds * 1000 };
}

const same = (a: ModeSetting | null, b: ModeSetting | null) => a !== null && b !== null && settingToString(a) === settingToString(b);
const keepsNothing = (setting: ModeSetting | null) => setting !== null && !MODES[setting.id].persist;

export type ModeDecision = {
  /** The setting this load runs with. */
  setting: ModeSetting;
  /** What the device remembers (null: nothing, a fresh or cleared device). */
  memory: ModeSetting | null;
  /** The link asks for another setting than the device remembers: ask staff to confirm it. */
  toConfirm: ModeSetting | null;
  /** Write this setting again (it renews the cookie's lifetime and repairs a lost copy). */
  renew: ModeSetting | null;
};

/**
 * The decision, pure: what the link asks for, what the device remembers (cookie and localStorage,
 * either may be lost), and whether the device can remember anything at all.
 */
export function decideMode(requested: ModeSetting | null, remembered: readonly (ModeSetting | null)[], canRemember: boolean): ModeDecision {
  const known = remembered.filter((s): s is ModeSetting => s !== null);
  // Copies that disagree: the one that keeps nothing wins.
  const memory = known.find(keepsNothing) ?? known[0] ?? null;
  if (!requested || same(requested, memory)) {
    const setting = memory ?? { id: 'inwoner', waitSeconds: null };
    return { setting, memory, toConfirm: null, renew: memory };
  }
  const setting = keepsNothing(memory) ? memory! : requested;
  return { setting, memory, toConfirm: canRemember ? requested : null, renew: memory };
}

/**
 * Empties localStorage but for the mode setting: at the start of a load in a mode that keeps
 * nothing (whatever an earlier ordinary use left goes too), and in every erase.
 */
export function clearAllButMode(storage: Storage | undefined): void {
  const setting = readItem(storage, MODE_KEY);
  try {
    storage?.clear();
  } catch {
    // Blocked storage holds nothing to clear.
  }
  writeItem(storage, MODE_KEY, setting);
}

function readCookie(document: Document): string | null {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${MODE_KEY}=`));
  return cookie ? cookie.slice(MODE_KEY.length + 1) : null;
}

/** Remembers a setting in both places; inwoner is remembered too, so a confirmed change back sticks. */
export function rememberSetting(document: Document, storage: Storage | undefined, setting: ModeSetting): void {
  const value = settingToString(setting);
  try {
    document.cookie = `${MODE_KEY}=${value}; max-age=${COOKIE_MAX_AGE}; path=/; SameSite=Strict`;
  } catch {
    // Blocked cookies: the localStorage copy and the address still tell the mode.
  }
  writeItem(storage, MODE_KEY, value);
}

/** The address this mode's device starts from; erases and idle resets go back to it. */
export function homeUrl(pathname: string, mode: Mode): string {
  if (mode.id === 'kiosk') return `${pathname}?kiosk=1&wacht=${(mode.idleResetAfterMs ?? TWO_MINUTES_MS) / 1000}`;
  if (mode.id === 'vrijwilliger') return `${pathname}?modus=vrijwilliger`;
  return pathname;
}

export function detectMode(location: Location, document: Document, navigator: Navigator, storage: Storage | undefined): ModeDecision {
  const decision = decideMode(
    requestedSetting(location.search),
    [parseSetting(readCookie(document)), parseSetting(readItem(storage, MODE_KEY))],
    navigator.cookieEnabled || storage !== undefined,
  );
  if (decision.renew) rememberSetting(document, storage, decision.renew);
  return decision;
}
