/**
 * The CoinGecko key: none, Demo or Pro, tested before the reader relies on it. The key field is a
 * password field; the key is stored on this device only and never leaves the background.
 */
import { useState } from 'preact/hooks';
import { API_PLANS, type ApiPlan } from '../lib/model';

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

const PLAN_TEXT: Record<ApiPlan, { label: string; hint: string }> = {
  keyless: { label: 'No key', hint: 'Public API, shared rate limit; CoinGecko increasingly refuses it.' },
  demo: { label: 'Demo key', hint: 'Free from coingecko.com/en/api; about 30 requests a minute.' },
  pro: { label: 'Pro key', hint: 'Paid plan; uses pro-api.coingecko.com.' },
};

function TestResult({ test }: { test: KeyTestState }) {
  if (test.status === 'idle') return null;
  if (test.status === 'testing') return <p role="status">Testing…</p>;
  if (test.status === 'ok') {
    return (
      <p role="status" class="ok">
        ✓ {test.plan === 'keyless' ? 'CoinGecko answers without a key from here.' : 'The key works.'}
      </p>
    );
  }
  return (
    <p role="status" class="problem">
      ✗ {test.title}. {test.detail}
    </p>
  );
}

export function ApiKeyOptions({ plan, keyText, saved, test, saveMessage, onPlan, onKey, onSave, onTest }: ApiKeyOptionsProps) {
  const [shown, setShown] = useState(false);
  const needsKey = plan !== 'keyless';
  return (
    <fieldset>
      <legend>CoinGecko API key</legend>
      {API_PLANS.map((option) => (
        <label class="choice" key={option}>
          <input type="radio" name="plan" value={option} checked={plan === option} onChange={() => onPlan(option)} />
          <span>
            {PLAN_TEXT[option].label} <span class="muted">— {PLAN_TEXT[option].hint}</span>
          </span>
        </label>
      ))}
      {needsKey ? (
        <div class="key-row">
          <label for="api-key">API key</label>
          <input id="api-key" type={shown ? 'text' : 'password'} value={keyText} autoComplete="off" spellcheck={false} placeholder="CG-…" onInput={(event) => onKey(event.currentTarget.value)} />
          <button type="button" class="small" aria-pressed={shown} onClick={() => setShown(!shown)}>
            {shown ? 'Hide' : 'Show'}
          </button>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" onClick={onTest} disabled={test.status === 'testing' || (needsKey && keyText.trim() === '')}>
          Test key
        </button>
        <button type="button" class="primary" onClick={onSave} disabled={needsKey && keyText.trim() === ''}>
          Save key
        </button>
        <span class="muted">Saved: {saved.plan === 'keyless' ? 'no key' : `${saved.plan} key`}</span>
      </div>
      <TestResult test={test} />
      {saveMessage ? <p role="status">{saveMessage}</p> : null}
      <p class="muted small-print">The key stays on this device (not synced, not exported) and only the extension’s background reads it.</p>
    </fieldset>
  );
}
