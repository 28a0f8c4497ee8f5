import type { Translate } from '../lib/i18n';
import type { Language } from '../lib/settings';
import { saveSettings } from './settings';

interface Props {
  language: Language;
  t: Translate;
  onResult: (message: string) => void;
}

/** The shopper's language, saved at once: every page and the panel follow it. */
export function LanguageField({ language, t, onResult }: Props) {
  const choose = (next: Language) => {
    saveSettings({ language: next }).catch(() => onResult(t('actionFailed')));
  };
  return (
    <fieldset class="settings-group">
      <legend>{t('languageTitle')}</legend>
      <select
        aria-label={t('languageTitle')}
        value={language}
        onChange={(event) => choose(event.currentTarget.value as Language)}
      >
        <option value="auto">{t('languageAuto')}</option>
        <option value="en">English</option>
        <option value="zh-CN">简体中文</option>
      </select>
    </fieldset>
  );
}
