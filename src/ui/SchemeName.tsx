import { useTranslation } from 'react-i18next';
import { runtimeKey } from '../i18n/keys';

/**
 * A scheme's official Dutch name, isolated from the sentence around it: in Arabic the quotes of
 * `Minimaregelingen "Iedereen doet mee"` otherwise jump to the wrong end.
 */
export function SchemeName({ id }: { id: string }) {
  const { t } = useTranslation();
  return <bdi lang="nl">{t(runtimeKey(`schemes.${id}.name`))}</bdi>;
}
