/**
 * One level of the money-worries triage: why it applies, whom to call first, what happens when
 * you reach out (step by step, free, how fast a first reply comes), what to bring, and, when a
 * bailiff is involved, that part of the income is protected.
 */
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import { schemes, type TriageResult } from '../rules';
import { ContactList } from '../ui/ContactList';

function Steps({ offer }: { offer: string }) {
  const { t } = useTranslation();
  const steps = t(`triage.steps.${offer}`, { returnObjects: true, defaultValue: [] }) as unknown;
  if (!Array.isArray(steps) || steps.length === 0) return null;
  const named = schemes.some((s) => s.id === offer);
  return (
    <>
      <h4 className="triage__offer">{named ? <span lang="nl">{t(`schemes.${offer}.name`)}</span> : offer}</h4>
      <ol>
        {steps.map((step: string) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </>
  );
}

export function TriageLevel({ result }: { result: TriageResult }) {
  const { t } = useTranslation();
  const { phoneLinks } = useMode();
  const toBring = t('triage.toBringDefault', { returnObjects: true }) as unknown;
  return (
    <section className={`triage triage--${result.level}`} aria-labelledby={`triage-${result.level}`} data-triage={result.level}>
      <h3 className="utrecht-heading-3" id={`triage-${result.level}`}>
        {t(`triage.levels.${result.level}.title`)}
      </h3>
      <p className="utrecht-paragraph">{t(`triage.levels.${result.level}.intro`)}</p>
      <ul>
        {result.reasons.map((reason) => (
          <li key={reason.key}>{t(reason.key, reason.params)}</li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        <strong>{t('triage.callFirst')}</strong>
      </p>
      <ContactList channelIds={result.contacts} phoneLinks={phoneLinks} />
      {result.beslagvrijeVoet && (
        <div className="callout">
          <p className="utrecht-paragraph">
            <strong>{t('triage.beslagvrijeVoet.title')}</strong>
          </p>
          <p className="utrecht-paragraph">{t('triage.beslagvrijeVoet.text')}</p>
        </div>
      )}
      <details>
        <summary>{t('triage.whatHappens')}</summary>
        <p className="utrecht-paragraph">
          {t('triage.free')} {t('triage.firstReply')}
        </p>
        {result.offers.map((offer) => (
          <Steps key={offer} offer={offer} />
        ))}
        <p className="utrecht-paragraph">
          <strong>{t('triage.toBring')}</strong>
        </p>
        <ul>{Array.isArray(toBring) && toBring.map((item: string) => <li key={item}>{item}</li>)}</ul>
        {result.level === 'grip' && <p className="utrecht-paragraph">{t('triage.selfHelp')}</p>}
      </details>
    </section>
  );
}
