/**
 * Every sector with its switch; the watched ones first, in the reader's order, which they change
 * by dragging a row or with its arrow buttons. Each switch's accessible label is exactly the
 * sector's name ("AI", "Layer 1"); the buttons carry their words as text, not aria-label, so no
 * other control is labelled with a sector's name.
 */
import { useState } from 'preact/hooks';
import type { SectorEntry } from '../lib/ui/sector-order';
import { t } from '../lib/i18n';

export interface SectorSwitchesProps {
  entries: readonly SectorEntry[];
  onToggle: (sectorId: string, on: boolean) => void;
  onMove: (sectorId: string, to: number) => void;
  onRemove: (sectorId: string) => void;
}

function MoveButtons({ entry, at, count, onMove }: { entry: SectorEntry; at: number; count: number; onMove: SectorSwitchesProps['onMove'] }) {
  return (
    <span class="move-buttons">
      <button type="button" class="icon" disabled={at === 0} onClick={() => onMove(entry.id, at - 1)}>
        <span aria-hidden="true">↑</span>
        <span class="sr-only">{t('options_move_up', entry.name)}</span>
      </button>
      <button type="button" class="icon" disabled={at === count - 1} onClick={() => onMove(entry.id, at + 1)}>
        <span aria-hidden="true">↓</span>
        <span class="sr-only">{t('options_move_down', entry.name)}</span>
      </button>
    </span>
  );
}

export function SectorSwitches({ entries, onToggle, onMove, onRemove }: SectorSwitchesProps) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const watchedCount = entries.filter((entry) => entry.watched).length;
  return (
    <ol class="sector-list">
      {entries.map((entry, at) => (
        <li
          key={entry.id}
          class={`sector-item${entry.watched ? ' watched' : ''}${over === at && dragging ? ' drop-target' : ''}`}
          draggable={entry.watched}
          onDragStart={(event) => {
            setDragging(entry.id);
            event.dataTransfer?.setData('text/plain', entry.id);
          }}
          onDragOver={(event) => {
            if (!dragging || !entry.watched) return;
            event.preventDefault();
            setOver(at);
          }}
          onDrop={(event) => {
            event.preventDefault();
            if (dragging && entry.watched) onMove(dragging, at);
            setDragging(null);
            setOver(null);
          }}
          onDragEnd={() => {
            setDragging(null);
            setOver(null);
          }}
        >
          <span class="rank" aria-hidden="true">
            {entry.watched ? `${at + 1}` : ''}
          </span>
          <label class="switch">
            <input type="checkbox" checked={entry.watched} onChange={(event) => onToggle(entry.id, event.currentTarget.checked)} />
            <span class="switch-name">{entry.name}</span>
          </label>
          {entry.custom ? <code class="muted category-id">{entry.id}</code> : null}
          <span class="row-actions">
            {entry.watched ? <MoveButtons entry={entry} at={at} count={watchedCount} onMove={onMove} /> : null}
            {entry.custom ? (
              <button type="button" class="link" onClick={() => onRemove(entry.id)}>
                <span aria-hidden="true">{t('options_remove')}</span>
                <span class="sr-only">{t('options_remove_named', entry.name)}</span>
              </button>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
