/**
 * The frame of the pages about the app: heading, its texts once loaded (or a clear message when
 * they cannot be downloaded), and a way back to the screen the inhabitant came from.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import type { LegalTexts } from './legalTexts';

type Props = { texts: LegalTexts; titleKey: ParseKeys<'legal'>; onBack: () => void; children: () => ReactNode };

export function LegalPage({ texts, titleKey, onBack, children }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = texts.state === 'ready';

  useEffect(() => {
    // The page replaces the screen: focus on its heading tells screen-reader users where they are.
    if (ready) heading.current?.focus();
  }, [ready, titleKey]);

  return (
    <article className="legal-page">
      {texts.state === 'loading' && <p className="utrecht-paragraph">{t('app.loading')}</p>}
      {texts.state === 'failed' && (
        <div className="callout callout--warning" role="alert">
          <p className="utrecht-paragraph">{t('legalPages.failed')}</p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={texts.retry}>
            {t('legalPages.retry')}
          </button>
        </div>
      )}
      {ready && (
        <>
          <h1 className="utrecht-heading-1" tabIndex={-1} ref={heading}>
            {texts.t(titleKey)}
          </h1>
          {children()}
        </>
      )}
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onBack}>
          {t('legalPages.back')}
        </button>
      </div>
    </article>
  );
}

/** A section with a second-level heading, the building block of every statement. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2 className="utrecht-heading-2">{title}</h2>
      {children}
    </section>
  );
}
