/**
 * The three ways the check is used, as configuration rather than scattered ifs:
 * - inwoner: on someone's own phone; answers are kept on the device so a reload loses nothing;
 * - kiosk: the shared library computer; nothing is kept, and it resets itself when left alone;
 * - vrijwilliger: a volunteer's device, used with one client after another; like the kiosk it keeps
 *   nothing between clients ("next person" erases), with extra hints and a printable summary.
 */
export type Mode = {
  id: 'inwoner' | 'kiosk' | 'vrijwilliger';
  /** Keep answers, language and easy-read in this device's storage. */
  persist: boolean;
  /** Reset to the start after this long without input; null: never. */
  idleResetAfterMs: number | null;
  /** Show hints per question on what to look for in which letter or statement. */
  volunteerHints: boolean;
  /** Offer the results as a QR code to scan with one's own phone. */
  takeHomeQr: boolean;
  /** Phone numbers as tap-to-call links; at the kiosk they stay text, as nothing may leave the app. */
  phoneLinks: boolean;
};

const TWO_MINUTES = 120_000;
// A conversation with a volunteer has long pauses; a forgotten "next person" still gets erased.
const FIFTEEN_MINUTES = 900_000;

export const MODES = {
  inwoner: { id: 'inwoner', persist: true, idleResetAfterMs: null, volunteerHints: false, takeHomeQr: false, phoneLinks: true },
  kiosk: { id: 'kiosk', persist: false, idleResetAfterMs: TWO_MINUTES, volunteerHints: false, takeHomeQr: true, phoneLinks: false },
  vrijwilliger: { id: 'vrijwilliger', persist: false, idleResetAfterMs: FIFTEEN_MINUTES, volunteerHints: true, takeHomeQr: true, phoneLinks: true },
} as const satisfies Record<Mode['id'], Mode>;
