import { describe, expect, it } from 'vitest';
import { decideMode, homeUrl, modeOf, parseSetting, requestedSetting, type ModeSetting } from './detectMode';
import { MODES } from './modes';

const kiosk = (waitSeconds = 120): ModeSetting => ({ id: 'kiosk', waitSeconds });
const inwoner: ModeSetting = { id: 'inwoner', waitSeconds: null };
const vrijwilliger: ModeSetting = { id: 'vrijwilliger', waitSeconds: null };

describe('the mode a link asks for', () => {
  it('reads ?kiosk=1 with the default idle time of two minutes', () => {
    expect(requestedSetting('?kiosk=1')).toEqual(kiosk(120));
  });

  it('never lets a link set an idle time below one minute (a 3-second wipe is sabotage)', () => {
    expect(requestedSetting('?kiosk=1&wacht=3')).toEqual(kiosk(60));
    expect(requestedSetting('?kiosk=1&wacht=59')).toEqual(kiosk(60));
    expect(requestedSetting('?kiosk=1&wacht=60')).toEqual(kiosk(60));
    expect(requestedSetting('?kiosk=1&wacht=999999')).toEqual(kiosk(3600));
    expect(requestedSetting('?kiosk=1&wacht=abc')).toEqual(kiosk(120));
  });

  it('reads the volunteer and the ordinary mode, and nothing else', () => {
    expect(requestedSetting('?modus=vrijwilliger')).toEqual(vrijwilliger);
    expect(requestedSetting('?kiosk=0')).toEqual(inwoner);
    expect(requestedSetting('?modus=admin')).toBeNull();
    expect(requestedSetting('')).toBeNull();
    expect(parseSetting('kiosk:1:2')).toEqual(kiosk(60));
  });
});

describe('deciding the mode', () => {
  it('runs a kiosk from its address alone, with nothing remembered and cookies blocked, and asks nothing', () => {
    expect(decideMode(kiosk(), [null, null], false)).toEqual({ setting: kiosk(), memory: null, toConfirm: null, renew: null });
  });

  it('stays a kiosk when the cookie is lost but the localStorage copy is there, and renews the cookie', () => {
    const decision = decideMode(kiosk(), [null, kiosk()], true);
    expect(decision.setting).toEqual(kiosk());
    expect(decision.toConfirm).toBeNull();
    expect(decision.renew).toEqual(kiosk());
  });

  it('stays a kiosk on the bare address when either copy remembers the kiosk (fail safe)', () => {
    expect(decideMode(null, [kiosk(), null], true).setting).toEqual(kiosk());
    expect(decideMode(null, [null, kiosk()], true).setting).toEqual(kiosk());
    expect(decideMode(null, [inwoner, kiosk()], true).setting).toEqual(kiosk());
  });

  it('runs a link\'s kiosk request at once on an ordinary phone, but remembers it only after confirmation', () => {
    const decision = decideMode(kiosk(), [null, null], true);
    expect(decision.setting).toEqual(kiosk());
    expect(decision.toConfirm).toEqual(kiosk());
    expect(decision.renew).toBeNull();
  });

  it('keeps a remembered kiosk a kiosk when a link asks for the ordinary mode, until staff confirm', () => {
    const decision = decideMode(inwoner, [kiosk(), kiosk()], true);
    expect(decision.setting).toEqual(kiosk());
    expect(decision.toConfirm).toEqual(inwoner);
  });

  it('treats a volunteer device like the kiosk: nothing kept, erased after a while without use', () => {
    expect(modeOf(vrijwilliger).persist).toBe(false);
    expect(modeOf(vrijwilliger).idleResetAfterMs).toBe(MODES.vrijwilliger.idleResetAfterMs);
    expect(MODES.vrijwilliger.idleResetAfterMs).toBeGreaterThan(0);
  });
});

describe('the home address every erase goes back to', () => {
  it('carries the mode, so a kiosk whose cookie is gone is a kiosk again after the erase', () => {
    expect(homeUrl('/', modeOf(kiosk(300)))).toBe('/?kiosk=1&wacht=300');
    expect(homeUrl('/', modeOf(vrijwilliger))).toBe('/?modus=vrijwilliger');
    expect(homeUrl('/', modeOf(inwoner))).toBe('/');
    expect(requestedSetting(homeUrl('/', modeOf(kiosk(300))).slice(1))).toEqual(kiosk(300));
  });
});
