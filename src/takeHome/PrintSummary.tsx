/**
 * The printable summary, at most two A4 pages: page 1 the summary and the action plan (urgent
 * help first), page 2 the merged checklist, the contacts and the take-home QR code. In the
 * inhabitant's language beside Dutch, for the counter; the Dutch column stays left-to-right in a
 * right-to-left language. Made on the device by the print stylesheet; hidden on screen.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { channel, totalAmount, type ActionPlan, type ChannelId, type Outcome } from '../rules';
import { formatDate, formatMoney, formatParams } from '../i18n/format';
import { directionOf } from '../i18n/languages';
import { version } from '../../package.json';
import { QrCode } from './QrCode';
import { resultsLink, sharedOutcomes } from './resultsPayload';
import { runtimeKey } from '../i18n/keys';
import { SchemeName } from '../ui/SchemeName';

const GENERAL_CONTACTS: readonly ChannelId[] = ['gemeenteHeemskerkLoket', 'metHeemskerk'];

type ColumnProps = { t: TFunction; language: string; outcomes: readonly Outcome[]; alOntvangen: readonly string[]; plan: ActionPlan; peildatum: string };

/**
 * Name · phone · address. The number runs left to right and the Dutch address is isolated: in a
 * right-to-left column "14 0251" would otherwise print as "0251 14".
 */
function ContactLine({ t, id }: { t: TFunction; id: ChannelId }) {
  const { phone, address } = channel(id);
  return (
    <>
      {t(`channels.${id}.label`)}
      {phone && (
        <>
          {' · '}
          <span className="ltr phone-number">{phone}</span>
        </>
      )}
      {address && (
        <>
          {' · '}
          <bdi lang="nl">{address}</bdi>
        </>
      )}
    </>
  );
}

function PlanColumn({ t, language, outcomes, alOntvangen, plan, peildatum }: ColumnProps) {
  const total = totalAmount(outcomes, alOntvangen);
  return (
    // Each column runs in its own direction: the Dutch beside Persian or Arabic stays left to right.
    <section className="print-summary__column" lang={language} dir={directionOf(language)}>
      <h2>{t('print.title')}</h2>
      <p>{t('print.date', { datum: formatDate(peildatum, language) })}</p>
      {total.counted.length > 0 && <p>{t('resultsSummary.newMoney')} {t('resultsSummary.perMaand', { bedrag: formatMoney(total.perMaand, language) })}</p>}
      <p>{t('results.indication', { datum: formatDate(peildatum, language) })}</p>
      <h3>{t('actionPlan.title')}</h3>
      <ol className="print-summary__steps">
        {plan.stappen.map((stap) => (
          <li key={stap.organisatie} className={stap.urgent ? 'print-summary__urgent' : undefined}>
            <strong>
              {stap.urgent && `${t('actionPlan.today')} `}
              <ContactLine t={t} id={stap.channels[0]!} />
            </strong>
            {stap.regelingen.map(({ schemeId, deadline }) => (
              <div key={schemeId}>
                ☐ <SchemeName id={schemeId} />
                {deadline && `: ${t(runtimeKey(deadline.key), formatParams(deadline.params, language, (key, values) => t(runtimeKey(key), values)))}`}
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ChecklistColumn({ t, language, plan }: ColumnProps) {
  return (
    <section className="print-summary__column" lang={language} dir={directionOf(language)}>
      <h3>{t('actionPlan.documents')}</h3>
      <ul className="print-summary__checklist">
        {plan.documenten.map((need) => (
          <li key={need.documentId}>
            ☐ {t(`documents.${need.documentId}`)} ({t('actionPlan.neededFor', { count: need.schemeIds.length })})
          </li>
        ))}
      </ul>
      <h3>{t('print.contacts')}</h3>
      <ul>
        {GENERAL_CONTACTS.map((id) => (
          <li key={id}>
            <ContactLine t={t} id={id} />
          </li>
        ))}
      </ul>
    </section>
  );
}

type Props = { outcomes: readonly Outcome[]; alOntvangen: readonly string[]; plan: ActionPlan; peildatum: string };

export function PrintSummary(props: Props) {
  const { t, i18n } = useTranslation();
  const languages = i18n.language === 'nl' ? ['nl'] : [i18n.language, 'nl'];
  // Like the code on screen by default, the printed one leaves help with money out: paper is left lying about.
  const link = resultsLink(window.location.origin, { peildatum: props.peildatum, language: i18n.language, outcomes: sharedOutcomes(props.outcomes, false) });
  return (
    <div className="print-summary" aria-hidden="true">
      <div className="print-summary__page">
        {languages.map((language) => (
          <PlanColumn key={language} t={i18n.getFixedT(language)} language={language} {...props} />
        ))}
      </div>
      <div className="print-summary__second">
        <div className="print-summary__page">
          {languages.map((language) => (
            <ChecklistColumn key={language} t={i18n.getFixedT(language)} language={language} {...props} />
          ))}
        </div>
        <div className="print-summary__qr">
          <QrCode text={link} label={t('takeHome.qrLabel')} />
          <p>{t('takeHome.qrIntro')}</p>
          <p className="print-summary__version">{t('legalPages.printVersion', { version })}</p>
        </div>
      </div>
    </div>
  );
}
