/**
 * Where to go: phone numbers, web addresses and visiting addresses as plain text, so they can be
 * read, copied or called from a phone and still show when the device is offline.
 */
import { useTranslation } from 'react-i18next';
import { channel as channelOf, type ChannelId } from '../rules';
import { runtimeKey } from '../i18n/keys';
import { PhoneNumber } from './PhoneNumber';

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
                <PhoneNumber phone={channel.phone} link={phoneLinks} />
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
