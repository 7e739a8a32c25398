/**
 * The pages every government app has, linked from the footer of every screen: the accessibility
 * statement, the privacy statement and the colophon.
 */
import { useTranslation } from 'react-i18next';
import type { TextKey } from '../i18n/keys';

export const LEGAL_SCREENS = ['toegankelijkheid', 'privacy', 'colofon'] as const;
export type LegalScreen = (typeof LEGAL_SCREENS)[number];

const LABELS: Record<LegalScreen, TextKey> = { toegankelijkheid: 'legalPages.accessibility', privacy: 'legalPages.privacy', colofon: 'legalPages.colophon' };

export const isLegalScreen = (screen: string): screen is LegalScreen => (LEGAL_SCREENS as readonly string[]).includes(screen);

export function FooterLinks({ current, onOpen }: { current: string; onOpen: (screen: LegalScreen) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('legalPages.nav')}>
      <ul className="footer-links">
        {LEGAL_SCREENS.map((screen) => (
          <li key={screen}>
            <button type="button" className="link-button" data-legal={screen} aria-current={current === screen ? 'page' : undefined} onClick={() => onOpen(screen)}>
              {t(LABELS[screen])}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
