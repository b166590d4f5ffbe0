/** Export to a file and import from one, reported in the reader's words. */
import type { ImportReport } from '../../components/settings-backup';
import type { Settings } from '../settings/schema';
import { exportSettings, importSettings, type ImportResult } from '../settings/transfer';
import { fieldList } from './field-labels';

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
  if (!result.ok) return { ok: false, lines: [`Nothing was imported: ${result.reason} Your settings are unchanged.`] };
  const lines = [result.applied.length > 0 ? `Imported: ${fieldList(result.applied)}.` : 'The file held no usable settings; nothing changed.'];
  if (result.rejected.length > 0) lines.push(`Rejected (invalid, kept your current value): ${fieldList(result.rejected)}.`);
  if (result.ignored.length > 0) lines.push(`Ignored (not Sector Lens settings): ${result.ignored.join(', ')}.`);
  return { ok: true, lines };
}

/** Parse the file against the current settings; the caller saves only when the result is ok. */
export async function readSettingsFile(file: File, current: Settings): Promise<ImportResult> {
  if (file.size > 256 * 1024) return { ok: false, reason: 'The file is too large to be a settings file.' };
  return importSettings(await file.text(), current);
}
