/**
 * Help for someone whose illness or disability limits their work (issue 20): extra costs through
 * bijzondere bijstand, the Wmo, the medisch urenbeperkt rules, how a UWV benefit counts, the
 * individuele inkomenstoeslag when its own outcome leaves it open, the
 * collectieve zorgverzekering as far as it is known, and where to ask. Which parts show follows
 * from `hulpBijArbeidsbeperking`; the municipality decides, so nothing here is an amount.
 */
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import type { HulpBijArbeidsbeperking } from '../rules';
import { ContactList } from '../ui/ContactList';
import { SchemeName } from '../ui/SchemeName';

export function Arbeidsbeperking({ hulp }: { hulp: HulpBijArbeidsbeperking }) {
  const { t } = useTranslation();
  const { phoneLinks } = useMode();
  const urenbeperking = hulp.urenbeperking;
  return (
    <section aria-labelledby="section-arbeidsbeperking" data-arbeidsbeperking>
      <h2 className="utrecht-heading-2" id="section-arbeidsbeperking">
        {t('arbeidsbeperking.title')}
      </h2>
      <p className="utrecht-paragraph">{t('arbeidsbeperking.intro')}</p>
      <h3 className="utrecht-heading-3">{t('arbeidsbeperking.meerkosten.title')}</h3>
      <p className="utrecht-paragraph">
        <SchemeName id="bijzondereBijstand" />
        {': '}
        {t('arbeidsbeperking.meerkosten.text')}
      </p>
      <p className="utrecht-paragraph">{t('arbeidsbeperking.wmo')}</p>
      {urenbeperking && (
        <div data-urenbeperking={urenbeperking.vastgesteld === null ? 'onbekend' : String(urenbeperking.vastgesteld)}>
          <h3 className="utrecht-heading-3">{t('arbeidsbeperking.urenbeperking.title')}</h3>
          <p className="utrecht-paragraph">{t('arbeidsbeperking.urenbeperking.text')}</p>
          {urenbeperking.vastgesteld !== true && <p className="utrecht-paragraph">{t('arbeidsbeperking.urenbeperking.vaststellen')}</p>}
        </div>
      )}
      {hulp.uitkering && (
        <p className="utrecht-paragraph" data-uitkering={hulp.uitkering}>
          {t(`arbeidsbeperking.uitkering.${hulp.uitkering}`)}
        </p>
      )}
      {hulp.inkomenstoeslag && (
        <p className="utrecht-paragraph" data-inkomenstoeslag={hulp.inkomenstoeslag}>
          <SchemeName id="individueleInkomenstoeslag" />
          {': '}
          {t(`arbeidsbeperkingIit.${hulp.inkomenstoeslag}`)}
        </p>
      )}
      <h3 className="utrecht-heading-3">{t('arbeidsbeperking.zorgverzekering.title')}</h3>
      <p className="utrecht-paragraph">
        <SchemeName id="collectieveZorgverzekering" />
        {': '}
        {t('arbeidsbeperking.zorgverzekering.text')}
      </p>
      {hulp.studeert && (
        <p className="utrecht-paragraph">
          <SchemeName id="studietoeslag" />
          {': '}
          {t('arbeidsbeperking.studietoeslag')}
        </p>
      )}
      <h3 className="utrecht-heading-3">{t('arbeidsbeperking.contact')}</h3>
      <ContactList channelIds={hulp.contacts} phoneLinks={phoneLinks} />
    </section>
  );
}
