/**
 * "Hoe vraagt u het aan?": how to apply for a scheme, what to bring and where to go, folded away
 * so a card stays short. Shared by the results and the catalogue.
 */
import { useTranslation } from 'react-i18next';
import type { Scheme } from '../rules';
import { ContactList } from './ContactList';
import { runtimeKey } from '../i18n/keys';

export function HowToApply({ scheme, phoneLinks }: { scheme: Scheme; phoneLinks: boolean }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('results.howToApply')}</summary>
      <p className="utrecht-paragraph">{t(runtimeKey(`schemes.${scheme.id}.apply`))}</p>
      <p className="utrecht-paragraph">
        <strong>{t('results.toBring')}</strong>
      </p>
      <ul>
        {scheme.toBring.map((document) => (
          <li key={document}>{t(`documents.${document}`)}</li>
        ))}
      </ul>
      <ContactList channelIds={scheme.applyAt} phoneLinks={phoneLinks} />
    </details>
  );
}
