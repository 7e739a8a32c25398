/**
 * Reads text aloud with the browser's own speech synthesis, in the chosen language. Nothing is
 * sent anywhere: the voice lives on the device. When the device has no voice for the language, the
 * caller is told so instead of hearing Dutch words read with the wrong voice.
 */
export type SpeakResult = 'speaking' | 'noVoice' | 'unsupported';

function voicesLoaded(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  // Chrome fills the list a moment after the page loads.
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1000);
  });
}

export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

export async function speak(text: string, language: string, onEnd: () => void): Promise<SpeakResult> {
  if (!canSpeak()) return 'unsupported';
  const synth = window.speechSynthesis;
  const voice = (await voicesLoaded(synth)).find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language);
  if (!voice) return 'noVoice';
  try {
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = onEnd;
    utterance.onerror = onEnd;
    synth.speak(utterance);
    return 'speaking';
  } catch {
    // Some browsers expose speech synthesis but refuse to use it (policies, missing engine).
    return 'unsupported';
  }
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
