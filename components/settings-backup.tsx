/** Export, import and reset. Import reports what it took and what it refused; reset asks twice. */
import { useState } from 'preact/hooks';

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
      <legend>Backup</legend>
      <div class="actions">
        <button type="button" onClick={onExport}>
          Export settings
        </button>
        <label class="file-button">
          Import settings…
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
          <span class="confirm" role="group" aria-label="Confirm reset">
            Reset every setting?{' '}
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              Reset
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
            Reset to defaults
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
      <p class="muted small-print">Exports hold your sectors, sites, pins and preferences — never your API key.</p>
    </fieldset>
  );
}
