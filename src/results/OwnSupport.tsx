/**
 * Where people under temporary protection (Ukraine) or in the asylum procedure get their own
 * support: bijstand is closed to them (art. 11 PW), so the results point to leefgeld, the RMO and
 * the COA instead of leaving only a list of "no".
 */
import { useTranslation } from 'react-i18next';
import { isolated } from '../i18n/format';
import { channel, type Verblijfsstatus } from '../rules';
import { runtimeKey } from '../i18n/keys';

const ITEMS = { tijdelijkeBescherming: ['leefgeld', 'zorg', 'werk', 'geldig'], asielprocedure: ['coa', 'zorg', 'later'] } as const;

export function OwnSupport({ status }: { status: Verblijfsstatus | null }) {
  const { t } = useTranslation();
  if (status !== 'tijdelijkeBescherming' && status !== 'asielprocedure') return null;
  return (
    <section className="callout own-support" aria-labelledby="own-support">
      <h2 className="utrecht-heading-2" id="own-support">
        {t(`verblijf.eigenSteun.${status}.title`)}
      </h2>
      <p className="utrecht-paragraph">{t(`verblijf.eigenSteun.${status}.intro`)}</p>
      <ul>
        {ITEMS[status].map((item) => (
          <li key={item}>{t(runtimeKey(`verblijf.eigenSteun.${status}.${item}`))}</li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t(`verblijf.eigenSteun.${status}.contact`, { telefoon: isolated(channel('gemeenteHeemskerkLoket').phone) })}</p>
    </section>
  );
}
