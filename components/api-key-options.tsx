/**
 * The CoinGecko key: none, Demo or Pro, tested before the reader relies on it. The key field is a
 * password field; the key is stored on this device only and never leaves the background.
 */
import { useState } from 'preact/hooks';
import { API_PLANS, type ApiPlan } from '../lib/model';
import { errorSentence } from '../lib/error-text';
import { t } from '../lib/i18n';
import { planHint, planLabel } from '../lib/i18n/labels';

export type KeyTestState =
  | { status: 'idle' }
  | { status: 'testing' }
  | { status: 'ok'; plan: ApiPlan }
  | { status: 'failed'; title: string; detail: string };

export interface ApiKeyOptionsProps {
  plan: ApiPlan;
  keyText: string;
  /** What is stored now, to tell the reader whether the form differs. */
  saved: { plan: ApiPlan; hasKey: boolean };
  test: KeyTestState;
  saveMessage: string | null;
  onPlan: (plan: ApiPlan) => void;
  onKey: (key: string) => void;
  onSave: () => void;
  onTest: () => void;
}


function TestResult({ test }: { test: KeyTestState }) {
  if (test.status === 'idle') return null;
  if (test.status === 'testing') return <p role="status">{t('options_testing')}</p>;
  if (test.status === 'ok') {
    return (
      <p role="status" class="ok">
        ✓ {test.plan === 'keyless' ? t('options_test_ok_keyless') : t('options_test_ok')}
      </p>
    );
  }
  return (
    <p role="status" class="problem">
      ✗ {errorSentence(test)}
    </p>
  );
}

export function ApiKeyOptions({ plan, keyText, saved, test, saveMessage, onPlan, onKey, onSave, onTest }: ApiKeyOptionsProps) {
  const [shown, setShown] = useState(false);
  const needsKey = plan !== 'keyless';
  return (
    <fieldset>
      <legend>{t('options_api_key_legend')}</legend>
      {API_PLANS.map((option) => (
        <label class="choice" key={option}>
          <input type="radio" name="plan" value={option} checked={plan === option} onChange={() => onPlan(option)} />
          <span>
            {planLabel(option)} <span class="muted">— {planHint(option)}</span>
          </span>
        </label>
      ))}
      {needsKey ? (
        <div class="key-row">
          <label for="api-key">{t('options_api_key')}</label>
          <input id="api-key" type={shown ? 'text' : 'password'} value={keyText} autoComplete="off" spellcheck={false} placeholder="CG-…" onInput={(event) => onKey(event.currentTarget.value)} />
          <button type="button" class="small" aria-pressed={shown} onClick={() => setShown(!shown)}>
            {shown ? t('options_hide') : t('options_show')}
          </button>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" onClick={onTest} disabled={test.status === 'testing' || (needsKey && keyText.trim() === '')}>
          {t('options_test_key')}
        </button>
        <button type="button" class="primary" onClick={onSave} disabled={needsKey && keyText.trim() === ''}>
          {t('options_save_key')}
        </button>
        <span class="muted">{t('options_saved_plan', planLabel(saved.plan))}</span>
      </div>
      <TestResult test={test} />
      {saveMessage ? <p role="status">{saveMessage}</p> : null}
      <p class="muted small-print">{t('options_key_privacy')}</p>
    </fieldset>
  );
}
