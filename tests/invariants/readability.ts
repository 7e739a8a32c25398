/**
 * Simple, explainable readability measures for Dutch easy-read texts: words per sentence and the
 * share of long words. Formulas like Flesch-Douma are unreliable for single lines of UI text
 * (see ../shared/reference/inclusive-anchors.md §1.3), so these are the checkable A2 rules instead.
 */
export function sentences(text: string): string[][] {
  return text
    .replace(/\{\{\w+\}\}/g, 'X')
    .split(/[.!?:]+(?:\s|$)/)
    .map((sentence) => sentence.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, '')).filter(Boolean))
    .filter((words) => words.length > 0);
}

/** A word of this many letters or more counts as long: hard to read for beginning readers. */
export const LONG_WORD = 13;

export function measure(texts: readonly string[]): { averageWords: number; longestSentence: number; longWordShare: number } {
  const all = texts.flatMap(sentences);
  const words = all.flat();
  return {
    averageWords: words.length / all.length,
    longestSentence: Math.max(...all.map((s) => s.length)),
    longWordShare: words.filter((w) => w.length >= LONG_WORD).length / words.length,
  };
}
