/**
 * "Lees voor": reads the current screen (the question, or the results) aloud. Pressing it again
 * stops. Only shown where the browser can speak at all.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { canSpeak, speak, stopSpeaking } from './speak';

const noChanges = () => () => {};
// The prerendered page has the button (most phones can speak); a device that cannot loses it once
// the app has taken the page over, so hydration sees what was prerendered.
const canSpeakAfterHydration = () => true;

type Props = { targetId: string };

export function ReadAloudButton(props: Props) {
  const { i18n } = useTranslation();
  // A new language starts afresh: the old text is not read on and its message goes.
  return <ReadAloud key={i18n.language} {...props} />;
}

function ReadAloud({ targetId }: Props) {
  const { t, i18n } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  const [message, setMessage] = useState('');

  // Leaving the screen (or the language) stops the reading.
  useEffect(() => stopSpeaking, []);

  const speakable = useSyncExternalStore(noChanges, canSpeak, canSpeakAfterHydration);
  if (!speakable) return null;

  const toggle = async () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    const text = document.getElementById(targetId)?.innerText ?? '';
    const result = await speak(text, i18n.language, () => setSpeaking(false));
    setSpeaking(result === 'speaking');
    setMessage(result === 'noVoice' ? t('readAloud.noVoice') : '');
  };

  return (
    <>
      <button type="button" className="utrecht-button utrecht-button--secondary-action header-button" aria-pressed={speaking} onClick={() => void toggle()}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M4 9h4l5-4v14l-5-4H4zm12 0c1.5 1.5 1.5 4.5 0 6m2-8.5c3 3 3 8 0 11" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {t(speaking ? 'readAloud.stop' : 'readAloud.start')}
      </button>
      <span role="status" className="header-status">
        {message}
      </span>
    </>
  );
}
