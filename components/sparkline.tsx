/** A 7-day price line; pure SVG from numbers, no text from the API. */
interface SparklineProps {
  points: readonly number[];
  width?: number;
  height?: number;
  label?: string;
}

export function Sparkline({ points, width = 96, height = 28, label = '7-day price' }: SparklineProps) {
  if (points.length < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const point of points) {
    if (point < min) min = point;
    if (point > max) max = point;
  }
  const span = max - min || 1;
  const step = width / (points.length - 1);
  const path = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${(height - 2 - ((point - min) / span) * (height - 4)).toFixed(1)}`).join('');
  const rising = (points[points.length - 1] ?? 0) >= (points[0] ?? 0);
  return (
    <svg class={`sl-spark ${rising ? 'sl-up' : 'sl-down'}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <path d={path} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    </svg>
  );
}
