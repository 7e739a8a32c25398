/**
 * One level of the money-worries triage: why it applies, whom to call first, what happens when
 * you reach out (step by step, free, how fast a first reply comes), what to bring, and, when a
 * bailiff is involved, that part of the income is protected.
 */
import { useTranslation } from 'react-i18next';
import { useMode } from '../modes/ModeContext';
import { schemes, type TriageResult } from '../rules';
import { ContactList } from '../ui/ContactList';
import { runtimeKey } from '../i18n/keys';
import { SchemeName } from '../ui/SchemeName';

function Steps({ offer, level }: { offer: string; level: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const { t } = useTranslation();
  const steps = t(runtimeKey(`triage.steps.${offer}`), { returnObjects: true, defaultValue: [] }) as unknown;
  if (!Array.isArray(steps) || steps.length === 0) return null;
  const named = schemes.some((s) => s.id === offer);
  return (
    <>
      <Heading className="triage__offer">{named ? <SchemeName id={offer} /> : offer}</Heading>
      <ol>
        {steps.map((step: string) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </>
  );
}

/** `level`: the heading level that fits where the block stands (a section of its own, or inside one). */
export function TriageLevel({ result, level = 2 }: { result: TriageResult; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const { phoneLinks } = useMode();
  const toBring = t('triage.toBringDefault', { returnObjects: true }) as unknown;
  return (
    <section className={`triage triage--${result.level}`} aria-labelledby={`triage-${result.level}`} data-triage={result.level}>
      <Heading className={`utrecht-heading-${level}`} id={`triage-${result.level}`}>
        {t(`triage.levels.${result.level}.title`)}
      </Heading>
      <p className="utrecht-paragraph">{t(`triage.levels.${result.level}.intro`)}</p>
      <ul>
        {result.reasons.map((reason) => (
          <li key={reason.key}>{t(runtimeKey(reason.key), reason.params)}</li>
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
          <Steps key={offer} offer={offer} level={level === 2 ? 3 : 4} />
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
