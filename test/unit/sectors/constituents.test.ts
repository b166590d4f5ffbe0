import { describe, expect, it } from 'vitest';
import { selectConstituents, type SectorMember } from '../../../lib/sectors/constituents';
import { capWeightedAverage } from '../../../lib/sectors/sector-average';

const member = (id: string, move: number | null, marketCap: number | null, symbol = id, name = id): SectorMember => ({ id, symbol, name, move, marketCap });

describe('constituents', () => {
  it('drops null moves, null or zero caps, stablecoins and derivatives, and duplicates', () => {
    const rows = [
      member('aaa', 3, 100),
      member('nomove', null, 100),
      member('nocap', 3, null),
      member('zerocap', 3, 0),
      member('tether', 0.01, 1e11, 'usdt', 'Tether'),
      member('staked-ether', 1, 3e10, 'steth', 'Lido Staked Ether'),
      member('bbb', -1, 300),
      member('aaa', 3, 100),
    ];
    expect(selectConstituents(rows).map((c) => c.id)).toEqual(['aaa', 'bbb']);
  });

  it('an average over filtered rows uses only the survivors', () => {
    // (100·3 + 300·(−1)) / 400 = 0 — tether's huge cap would otherwise pull it to ≈ 0.01
    const rows = [member('aaa', 3, 100), member('bbb', -1, 300), member('tether', 0.01, 1e11, 'usdt', 'Tether')];
    expect(capWeightedAverage(selectConstituents(rows))).toBe(0);
  });
});
