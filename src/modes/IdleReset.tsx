/**
 * At the kiosk: after a while without any touch or key, ask "Are you still there?" with a visible
 * countdown, then erase everything and start again for the next visitor.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseDevice } from './eraseDevice';
import { useMode } from './ModeContext';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;
const MAX_WARNING_SECONDS = 30;

export function IdleReset({ afterMs }: { afterMs: number }) {
  const { t } = useTranslation();
  const mode = useMode();
  const warningSeconds = Math.min(MAX_WARNING_SECONDS, Math.ceil(afterMs / 1000));
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const warning = secondsLeft !== null;
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (warning) return;
    let timer = setTimeout(() => setSecondsLeft(warningSeconds), afterMs);
    const onActivity = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSecondsLeft(warningSeconds), afterMs);
    };
    ACTIVITY.forEach((event) => window.addEventListener(event, onActivity, { passive: true, capture: true }));
    return () => {
      clearTimeout(timer);
      ACTIVITY.forEach((event) => window.removeEventListener(event, onActivity, { capture: true }));
    };
  }, [afterMs, warning, warningSeconds]);

  useEffect(() => {
    if (secondsLeft === null) return;
    if (secondsLeft <= 0) {
      void eraseDevice(mode);
      return;
    }
    const tick = setTimeout(() => setSecondsLeft(secondsLeft - 1), 1000);
    return () => clearTimeout(tick);
  }, [secondsLeft, mode]);

  useEffect(() => {
    if (warning) button.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div className="idle-overlay">
      <div className="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
        <h2 className="utrecht-heading-2" id="idle-title">
          {t('kiosk.stillThere')}
        </h2>
        <p className="utrecht-paragraph" id="idle-text">
          {t('kiosk.countdown', { count: secondsLeft })}
        </p>
        <div className="actions">
          <button ref={button} type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => setSecondsLeft(null)}>
            {t('kiosk.continue')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void eraseDevice(mode)}>
            {t('kiosk.finish')}
          </button>
        </div>
      </div>
    </div>
  );
}
