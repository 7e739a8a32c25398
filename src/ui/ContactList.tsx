/**
 * Where to go: phone numbers, web addresses and visiting addresses as plain text, so they can be
 * read, copied or called from a phone and still show when the device is offline.
 */
import { useTranslation } from 'react-i18next';
import { channels, type ChannelId } from '../rules';

export function ContactList({ channelIds }: { channelIds: readonly ChannelId[] }) {
  const { t } = useTranslation();
  return (
    <dl>
      {channelIds.map((id) => {
        const channel: { phone?: string; url?: string; address?: string; verified: boolean } = channels[id];
        return (
          <div className="contact" key={id}>
            <dt>{t(`channels.${id}.label`)}</dt>
            <dd>{t(`channels.${id}.how`)}</dd>
            {channel.phone && (
              <dd>
                {t('contact.phone')}:{' '}
                <a className="ltr" href={`tel:${channel.phone.replace(/\s/g, '')}`}>
                  {channel.phone}
                </a>
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
            {!channel.verified && <dd>{t('contact.unverified')}</dd>}
          </div>
        );
      })}
    </dl>
  );
}
