/**
 * Where to go: phone numbers, web addresses and visiting addresses as plain text, so they can be
 * read, copied or called from a phone and still show when the device is offline.
 */
import { useTranslation } from 'react-i18next';
import { channel as channelOf, type ChannelId } from '../rules';
import { runtimeKey } from '../i18n/keys';

/** `phoneLinks`: tap-to-call links; off at the kiosk, where nothing may lead out of the app. */
export function ContactList({ channelIds, phoneLinks }: { channelIds: readonly ChannelId[]; phoneLinks: boolean }) {
  const { t } = useTranslation();
  return (
    <dl>
      {channelIds.map((id) => {
        const channel = channelOf(id);
        return (
          <div className="contact" key={id}>
            <dt>{t(`channels.${id}.label`)}</dt>
            <dd>{t(`channels.${id}.how`)}</dd>
            {channel.phone && (
              <dd>
                {phoneLinks ? (
                  // A button a thumb can hit (44 px), not a blue link inside a sentence.
                  <a className="call-button" href={`tel:${channel.phone.replace(/\s/g, '')}`}>
                    {t('formDetails.call')} <span className="ltr">{channel.phone}</span>
                  </a>
                ) : (
                  <>
                    {t('contact.phone')}: <span className="ltr">{channel.phone}</span>
                  </>
                )}
              </dd>
            )}
            {channel.url && (
              <dd>
                {t('contact.website')}: <span className="ltr">{channel.url.replace(/^https:\/\/(www\.)?/, '')}</span>
              </dd>
            )}
            {channel.address && (
              <dd>
                {t('contact.address')}: <span className="ltr">{channel.address}</span>
              </dd>
            )}
            {!channel.verified && <dd>{t([runtimeKey(`channels.${id}.unverified`), 'contact.unverified'])}</dd>}
          </div>
        );
      })}
    </dl>
  );
}
