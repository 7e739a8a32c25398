/**
 * A pictogram per questionnaire topic, drawn for this app (no licence strings attached). Shown in
 * easy-read mode only, beside the question; decorative, so hidden from screen readers.
 */
const PATHS: Record<string, string> = {
  woonplaats: 'M12 3 3 10v11h6v-6h6v6h6V10z',
  huishouden: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6zm10 0c0-3.3 1.8-6 4-6s6 2.7 6 6z',
  kinderen: 'M12 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zm-4 13v-6H6l3-6h6l3 6h-2v6h-3v-4h-2v4z',
  medebewoners: 'M6 10a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zm6 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zm6 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM2 19c0-3 1.8-6 4-6s4 3 4 6zm6 0c0-3 1.8-6 4-6s4 3 4 6zm6 0c0-3 1.8-6 4-6s4 3 4 6z',
  werkEnStudie: 'M9 4h6v3h5v13H4V7h5zm2 0v3h2V4zM4 12h16',
  inkomen: 'M3 6h18v12H3zm9 3a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM5 8v8M19 8v8',
  vermogen: 'M5 11c0-3.9 3.1-6 7-6s7 2.1 7 6v1l2 1v3h-2l-2 3h-3v-2h-4v2H7l-2-3H3v-3l2-1zm10-3h-4',
  wonen: 'M12 3 2 11h3v10h5v-6h4v6h5V11h3zM16 5h2v3',
  geldzaken: 'M4 5h16v14H4zm2 3h12M6 12h8M6 16h5',
};

export function Pictogram({ topic }: { topic: string }) {
  const path = PATHS[topic];
  if (!path) return null;
  return (
    <svg className="pictogram" viewBox="0 0 24 24" width="64" height="64" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}
