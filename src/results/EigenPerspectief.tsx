/**
 * An own view for someone with no income of their own whose partner earns (issue 20): support
 * towards an own income, and what would change after a separation, worked out by the rules on a
 * derived household (`scheidingsscenario`). Shown only to couples in which someone earns.
 */
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import type { Scheidingsscenario } from '../rules';
import { ContactList } from '../ui/ContactList';
import { formatMoney } from '../i18n/format';
import { SchemeName } from '../ui/SchemeName';

export function EigenPerspectief({ scenario }: { scenario: Scheidingsscenario }) {
  const { t, i18n } = useTranslation();
  const { phoneLinks } = useMode();
  const shown = scenario.outcomes.filter((o) => o.verdict !== 'unlikely');
  return (
    <section aria-labelledby="section-eigenPerspectief" data-eigen-perspectief>
      <h2 className="utrecht-heading-2" id="section-eigenPerspectief">
        {t('eigenPerspectief.title')}
      </h2>
      <p className="utrecht-paragraph">{t('eigenPerspectief.intro')}</p>
      <h3 className="utrecht-heading-3">{t('eigenPerspectief.eigenInkomen.title')}</h3>
      <p className="utrecht-paragraph">{t('eigenPerspectief.eigenInkomen.text')}</p>
      <h3 className="utrecht-heading-3">{t('eigenPerspectief.scheiding.title')}</h3>
      <p className="utrecht-paragraph">{t(scenario.kinderalimentatie ? 'eigenPerspectief.scheiding.introKinderen' : 'eigenPerspectief.scheiding.intro')}</p>
      <ul data-scheiding>
        {shown.map((outcome) => (
          <li key={outcome.schemeId} data-scheiding-scheme={outcome.schemeId} data-verdict={outcome.verdict}>
            <SchemeName id={outcome.schemeId} />
            {': '}
            {t(`verdicts.${outcome.kind}.${outcome.verdict}`)}
            {outcome.amount && `, ${t('eigenPerspectief.scheiding.perMaand', { bedrag: formatMoney(outcome.amount.perMaand, i18n.language) })}`}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t('eigenPerspectief.scheiding.aannames')}</p>
      {scenario.kinderalimentatie && <p className="utrecht-paragraph">{t('eigenPerspectief.scheiding.alimentatie')}</p>}
      <ContactList channelIds={scenario.contacts} phoneLinks={phoneLinks} />
    </section>
  );
}
