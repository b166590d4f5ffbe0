/** Export to a file and import from one, reported in the reader's words. */
import type { ImportReport } from '../../components/settings-backup';
import type { Settings } from '../settings/schema';
import { exportSettings, importSettings, type ImportResult } from '../settings/transfer';
import { fieldList, listOf } from './field-labels';
import { t } from '../i18n';

export function downloadSettings(settings: Settings, doc: Document = document): void {
  const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = `sector-lens-settings-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function importReport(result: ImportResult): ImportReport {
  if (!result.ok) return { ok: false, lines: [t('import_refused', result.reason)] };
  const lines = [result.applied.length > 0 ? t('import_applied', fieldList(result.applied)) : t('import_nothing')];
  if (result.rejected.length > 0) lines.push(t('import_rejected', fieldList(result.rejected)));
  if (result.ignored.length > 0) lines.push(t('import_ignored', listOf(result.ignored)));
  return { ok: true, lines };
}

/** Parse the file against the current settings; the caller saves only when the result is ok. */
export async function readSettingsFile(file: File, current: Settings): Promise<ImportResult> {
  if (file.size > 256 * 1024) return { ok: false, reason: t('import_too_large') };
  return importSettings(await file.text(), current);
}
