/**
 * "Just missed": the schemes that a little less savings or income, or for a couple the applicant
 * living without the partner, would let in, with the amount they would bring and their legal
 * basis; and what a child's next birthday changes.
 */
import { useTranslation } from 'react-i18next';
import { sources, type NearMiss, type Verjaardag, type Wijziging } from '../rules';
import { formatMoney } from '../i18n/format';
import { SchemeName } from '../ui/SchemeName';

function Basis({ sourceIds }: { sourceIds: NearMiss['sourceIds'] }) {
  const { t } = useTranslation();
  return (
    <p className="near-miss__basis">
      {t('nearMisses.basis')} <bdi lang="nl">{sourceIds.map((id) => sources[id].title.split(' (')[0]).join('; ')}</bdi>
    </p>
  );
}

function Miss({ miss }: { miss: NearMiss }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const change = miss.verandering;
  const what =
    change.soort === 'vermogen'
      ? t('nearMisses.vermogen', { bedrag: money(-change.verschil) })
      : change.soort === 'inkomen'
        ? t(`nearMisses.${change.inkomen}`, { bedrag: money(-change.verschil) })
        : change.soort === 'zonderPartner'
          ? t('nearMissPartner.what')
          : '';
  return (
    <li className="near-miss" data-near-miss={miss.schemeId} data-near-miss-change={change.soort}>
      <h3 className="utrecht-heading-3">
        <SchemeName id={miss.schemeId} />
      </h3>
      <p className="utrecht-paragraph">{what}</p>
      <p className="utrecht-paragraph">
        {miss.verdict === 'unknown' ? t('nearMisses.thenAsk') : miss.perMaand !== null ? t('nearMisses.brings', { bedrag: money(miss.perMaand) }) : t('nearMisses.bringsUnknown')}
      </p>
      {change.soort === 'vermogen' && <p className="utrecht-paragraph">{t('nearMisses.savingsCaution')}</p>}
      {change.soort === 'zonderPartner' && <p className="utrecht-paragraph">{t('nearMissPartner.assumption')}</p>}
      <Basis sourceIds={miss.sourceIds} />
    </li>
  );
}

function Change({ wijziging }: { wijziging: Wijziging }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number | null) => (cents === null ? '' : formatMoney(cents, i18n.language));
  const text =
    wijziging.na === 'unlikely'
      ? t('nearMisses.stops')
      : wijziging.voor === 'unlikely'
        ? t('nearMisses.starts')
        : t('nearMisses.amount', { voor: money(wijziging.perMaandVoor ?? 0), na: money(wijziging.perMaandNa ?? 0) });
  return (
    <li>
      <SchemeName id={wijziging.schemeId} />: {text}
    </li>
  );
}

export function NearMisses({ nearMisses, verjaardagen }: { nearMisses: readonly NearMiss[]; verjaardagen: readonly Verjaardag[] }) {
  const { t } = useTranslation();
  if (nearMisses.length === 0 && verjaardagen.length === 0) return null;
  return (
    <section aria-labelledby="near-misses" className="near-misses">
      <h2 className="utrecht-heading-2" id="near-misses">
        {t('nearMisses.title')}
      </h2>
      {nearMisses.length > 0 && (
        <>
          <p className="utrecht-paragraph">{t('nearMisses.intro')}</p>
          <ul className="scheme-list">
            {nearMisses.map((miss) => (
              <Miss key={`${miss.schemeId}-${miss.verandering.soort}`} miss={miss} />
            ))}
          </ul>
        </>
      )}
      {verjaardagen.map(({ verandering, wijzigingen }) => (
        <div key={verandering.kind} className="near-miss__birthday">
          <h3 className="utrecht-heading-3">{t('nearMisses.birthday', { oud: verandering.leeftijd - 1, leeftijd: verandering.leeftijd })}</h3>
          <ul>
            {wijzigingen.map((w) => (
              <Change key={w.schemeId} wijziging={w} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
