/**
 * The action plan: one step per organisation, in order (urgent help first), each with the schemes
 * it covers and their deadlines; then one checklist of documents, with for how many schemes each
 * document is needed.
 */
import { useTranslation } from 'react-i18next';
import { channel, sources, type ActionPlan as Plan, type Deadline } from '../rules';
import { useMode } from '../modes/ModeContext';
import { formatParams } from '../i18n/format';
import { PhoneNumber } from '../ui/PhoneNumber';
import { runtimeKey } from '../i18n/keys';
import { SchemeName } from '../ui/SchemeName';

function DeadlineText({ deadline }: { deadline: Deadline }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {t(runtimeKey(deadline.key), formatParams(deadline.params, i18n.language, (key, values) => t(runtimeKey(key), values)))}
      {!deadline.verified && ` ${t('actionPlan.check')}`}
      {deadline.sourceId && (
        <>
          {' '}
          {/* Isolated, so the Dutch title's brackets stay in place in a right-to-left sentence. */}
          <bdi className="action-plan__source" lang="nl">
            ({sources[deadline.sourceId].title.split(' (')[0]})
          </bdi>
        </>
      )}
    </>
  );
}

export function ActionPlan({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { phoneLinks } = useMode();
  if (plan.stappen.length === 0) return null;
  return (
    <section aria-labelledby="action-plan" className="action-plan">
      <h2 className="utrecht-heading-2" id="action-plan" tabIndex={-1}>
        {t('actionPlan.title')}
      </h2>
      <p className="utrecht-paragraph">{t('actionPlan.intro')}</p>
      <ol className="action-plan__steps">
        {plan.stappen.map((stap) => {
          const phone = stap.channels.map((id) => channel(id).phone).find(Boolean);
          return (
            <li key={stap.organisatie} className={stap.urgent ? 'action-plan__step action-plan__step--urgent' : 'action-plan__step'}>
              <h3 className="utrecht-heading-3">
                {stap.urgent && <span className="action-plan__today">{t('actionPlan.today')} </span>}
                {t(runtimeKey(`channels.${stap.channels[0]}.label`))}
              </h3>
              {phone && (
                <p className="utrecht-paragraph">
                  <PhoneNumber phone={phone} link={phoneLinks} />
                </p>
              )}
              {stap.regelingen.length > 0 && (
                <>
                  <p className="utrecht-paragraph">{t('actionPlan.covers', { count: stap.regelingen.length })}</p>
                  <ul>
                    {stap.regelingen.map(({ schemeId, deadline }) => (
                      <li key={schemeId}>
                        <SchemeName id={schemeId} />
                        {deadline && (
                          <>
                            : <DeadlineText deadline={deadline} />
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {plan.documenten.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('actionPlan.documents')}</h3>
          <ul className="action-plan__documents">
            {plan.documenten.map((need) => (
              <li key={need.documentId}>
                {t(`documents.${need.documentId}`)} <span className="action-plan__count">({t('actionPlan.neededFor', { count: need.schemeIds.length })})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
