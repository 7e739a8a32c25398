import { useTranslation } from 'react-i18next';

/**
 * A scheme's official Dutch name, isolated from the sentence around it: in Arabic the quotes of
 * `Minimaregelingen "Iedereen doet mee"` otherwise jump to the wrong end.
 */
export function SchemeName({ id }: { id: string }) {
  const { t } = useTranslation();
  return <bdi lang="nl">{t(`schemes.${id}.name`)}</bdi>;
}
