/** A small centred bar: right and green when the token beats its sector, left and red when not. */
interface OutperformanceBarProps {
  value: number | null;
  /** Percentage points that fill half the bar. */
  scale?: number;
}

export function OutperformanceBar({ value, scale = 10 }: OutperformanceBarProps) {
  if (value === null) return <span class="sl-bar sl-bar-empty" aria-hidden="true" />;
  const half = Math.min(1, Math.abs(value) / scale) * 50;
  const style = value >= 0 ? { left: '50%', width: `${half}%` } : { left: `${50 - half}%`, width: `${half}%` };
  return (
    <span class="sl-bar" aria-hidden="true">
      <span class={`sl-bar-fill ${value >= 0 ? 'sl-up' : 'sl-down'}`} style={style} />
    </span>
  );
}
