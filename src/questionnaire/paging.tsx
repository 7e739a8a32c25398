/**
 * One question per screen, for easy-read. A step lists its visible questions; when paging is on,
 * only the current one is shown and the questionnaire walks through them before the next step.
 */
import { createContext, useContext, useEffect, type ReactElement } from 'react';

type Paging = {
  /** Index of the question to show; null: show all of them (the ordinary layout). */
  current: number | null;
  /** The step tells which questions it shows now, by field name, in order. */
  report: (names: readonly string[]) => void;
};

export const PagingContext = createContext<Paging>({ current: null, report: () => {} });

/** Each item's key must be the name of the field it asks for. */
export function Questions({ items }: { items: readonly (ReactElement | false | null)[] }) {
  const { current, report } = useContext(PagingContext);
  const shown = items.filter((item): item is ReactElement => Boolean(item));
  // Reported when the list changes, not on every render: a new array each time would loop.
  const signature = shown.map((item) => String(item.key)).join('|');
  useEffect(() => report(signature ? signature.split('|') : []), [report, signature]);
  if (current === null) return <>{shown}</>;
  return shown[Math.min(current, shown.length - 1)] ?? null;
}
