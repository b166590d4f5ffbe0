/** One switch per sector; its accessible label is the sector's taxonomy name. */
import type { Sector } from '../lib/sectors/taxonomy';

export interface SectorSwitchesProps {
  sectors: readonly Sector[];
  watched: readonly string[];
  onToggle: (sectorId: string, on: boolean) => void;
}

export function SectorSwitches({ sectors, watched, onToggle }: SectorSwitchesProps) {
  return (
    <div class="sectors">
      {sectors.map((sector) => (
        <label key={sector.id}>
          <input type="checkbox" role="switch" checked={watched.includes(sector.id)} onChange={(event) => onToggle(sector.id, event.currentTarget.checked)} />{' '}
          {sector.name}
        </label>
      ))}
    </div>
  );
}
