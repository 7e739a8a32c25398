/**
 * Which mode this device runs in. Staff set it once with a link (`?kiosk=1`, optionally
 * `&wacht=<seconds>` for the idle time, or `?modus=vrijwilliger`); the choice is kept in a cookie,
 * not in the browser storage that the kiosk wipes after every visitor. `?modus=inwoner` or
 * `?kiosk=0` switches back. The setting is removed from the address bar once read.
 */
import { MODES, type Mode } from './modes';

export const COOKIE = 'rondkomen-modus';
const ONE_YEAR = 60 * 60 * 24 * 365;
const MIN_IDLE_SECONDS = 3;
const MAX_IDLE_SECONDS = 3600;

function parse(value: string | null | undefined): Mode | null {
  const [id, seconds] = (value ?? '').split(':');
  if (id !== 'inwoner' && id !== 'kiosk' && id !== 'vrijwilliger') return null;
  const mode: Mode = MODES[id];
  const wait = Number(seconds);
  if (id === 'kiosk' && Number.isInteger(wait) && wait >= MIN_IDLE_SECONDS && wait <= MAX_IDLE_SECONDS) {
    return { ...mode, idleResetAfterMs: wait * 1000 };
  }
  return mode;
}

function fromUrl(search: URLSearchParams): string | null {
  if (search.get('kiosk') === '1') return `kiosk:${search.get('wacht') ?? ''}`;
  if (search.get('kiosk') === '0') return 'inwoner';
  return search.get('modus');
}

export function detectMode(location: Location, document: Document, history: History): Mode {
  const search = new URLSearchParams(location.search);
  const requested = parse(fromUrl(search));
  if (requested) {
    const seconds = requested.idleResetAfterMs === null ? '' : String(requested.idleResetAfterMs / 1000);
    document.cookie = `${COOKIE}=${requested.id}:${seconds}; max-age=${ONE_YEAR}; path=/; SameSite=Strict`;
    history.replaceState(history.state, '', location.pathname + location.hash);
    return requested;
  }
  const stored = document.cookie.split('; ').find((c) => c.startsWith(`${COOKIE}=`));
  return parse(stored?.slice(COOKIE.length + 1)) ?? MODES.inwoner;
}
