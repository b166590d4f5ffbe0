/**
 * The options page's API key form: a draft (plan + key) the reader can test before saving.
 * Only the options page and the background touch credentials (lint keeps page code away).
 */
import { useEffect, useState } from 'preact/hooks';
import type { KeyTestState } from '../../components/api-key-options';
import type { ApiPlan } from '../model';
import { errorText } from '../error-text';
import { sendToBackground } from '../messaging';
import { loadCredentials, saveCredentials, type Credentials } from '../settings/credentials';
import { t } from '../i18n';
import { planLabel } from '../i18n/labels';

export function useApiKey(apiBaseUrl: string) {
  const [saved, setSaved] = useState<Credentials>({ plan: 'keyless', key: '' });
  const [plan, setPlan] = useState<ApiPlan>('keyless');
  const [key, setKey] = useState('');
  const [test, setTest] = useState<KeyTestState>({ status: 'idle' });
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  useEffect(() => {
    void loadCredentials().then((credentials) => {
      setSaved(credentials);
      setPlan(credentials.plan);
      setKey(credentials.key);
    });
  }, []);
  const edited = () => {
    setTest({ status: 'idle' });
    setSaveMessage(null);
  };
  return {
    plan,
    key,
    test,
    saveMessage,
    saved: { plan: saved.plan, hasKey: saved.key !== '' },
    setPlan: (next: ApiPlan) => (setPlan(next), edited()),
    setKey: (next: string) => (setKey(next), edited()),
    save: async () => {
      const credentials: Credentials = plan === 'keyless' ? { plan, key: '' } : { plan, key: key.trim() };
      await saveCredentials(credentials);
      setSaved(await loadCredentials());
      setSaveMessage(plan === 'keyless' ? t('options_key_saved_keyless') : t('options_key_saved', planLabel(plan)));
    },
    runTest: async () => {
      setTest({ status: 'testing' });
      try {
        const result = await sendToBackground('testApiKey', { plan, key: plan === 'keyless' ? '' : key.trim(), ...(apiBaseUrl ? { baseUrl: apiBaseUrl } : {}) });
        if (result.ok) return setTest({ status: 'ok', plan });
        const words = result.error ? errorText(result.error) : { title: t('options_key_refused'), detail: '' };
        setTest({ status: 'failed', title: words.title, detail: result.error?.message ?? words.detail });
      } catch (error) {
        setTest({ status: 'failed', title: t('options_test_failed'), detail: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
