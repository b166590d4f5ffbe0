/** Export, import and reset. Import reports what it took and what it refused; reset asks twice. */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

export interface ImportReport {
  ok: boolean;
  /** One sentence per finding, already in words for the reader. */
  lines: string[];
}

export interface SettingsBackupProps {
  report: ImportReport | null;
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
}

export function SettingsBackup({ report, onExport, onImport, onReset }: SettingsBackupProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <fieldset>
      <legend>{t('options_backup')}</legend>
      <div class="actions">
        <button type="button" onClick={onExport}>
          {t('options_export')}
        </button>
        <label class="file-button">
          {t('options_import')}
          <input
            type="file"
            accept="application/json,.json"
            class="sr-only"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        {confirming ? (
          <span class="confirm" role="group" aria-label={t('options_confirm_reset')}>
            {t('options_reset_question')}{' '}
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              {t('options_reset')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('options_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
            {t('options_reset_defaults')}
          </button>
        )}
      </div>
      {report ? (
        <div class={report.ok ? 'report' : 'report problem'} role="status" data-sl-import={report.ok ? 'ok' : 'refused'}>
          {report.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <p class="muted small-print">{t('options_backup_hint')}</p>
    </fieldset>
  );
}
