/**
 * A row of mutually exclusive choices (the popup's window switch) as an ARIA radio group:
 * one tab stop, arrow keys move and choose, as screen-reader and keyboard users expect.
 */
import type { JSX } from 'preact';

export interface SegmentedControlProps<T extends string> {
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** Text shown for an option; the option itself when absent. */
  labels?: Partial<Record<T, string>>;
}

export function SegmentedControl<T extends string>({ label, options, value, onChange, labels }: SegmentedControlProps<T>) {
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = options[(options.indexOf(value) + step + options.length) % options.length];
    if (next === undefined) return;
    onChange(next);
    const buttons = event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]');
    buttons[options.indexOf(next)]?.focus();
  };
  return (
    <div class="segmented" role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      {options.map((option) => (
        <button type="button" role="radio" key={option} aria-checked={option === value} tabIndex={option === value ? 0 : -1} class={option === value ? 'on' : ''} onClick={() => onChange(option)}>
          {labels?.[option] ?? option}
        </button>
      ))}
    </div>
  );
}
