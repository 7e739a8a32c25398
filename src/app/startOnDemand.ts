/**
 * Code the app may need as it starts, but not to take over the start screen: each is imported
 * here, on demand, so the start screen's script stays small (issue 16), and the build precaches
 * every chunk this module imports (vite.config.ts), so a start offline never waits for a network.
 */
/** Reading back saved answers needs zod: only a device that has saved something waits for it. */
export const loadSavedAnswers = () => import('../questionnaire/savedAnswers');
