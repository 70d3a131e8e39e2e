import type { ReactNode } from 'react';

export interface RadioChoicesProps<T extends string | number> {
  /** The group's name attribute, unique in the page. */
  readonly name: string;
  /** What the choice is about, for screen readers (and shown first when `shownLabel` is given). */
  readonly label: string;
  readonly options: readonly T[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly words: (option: T) => string;
  /** The label as shown before the options (« Une ligne par : »), hidden from screen readers, which read `label`. */
  readonly shownLabel?: ReactNode;
  readonly className?: string;
}

/** A row of radio buttons: one choice among a few, each option a labelled target (44 px high on phones, app.css). */
export function RadioChoices<T extends string | number>({ name, label, options, value, onChange, words, shownLabel, className }: RadioChoicesProps<T>) {
  return (
    <div className={className ? `export-choices ${className}` : 'export-choices'} role="radiogroup" aria-label={label}>
      {shownLabel && (
        <span className="choices-label" aria-hidden="true">
          {shownLabel}
        </span>
      )}
      {options.map((option) => (
        <label key={option}>
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {words(option)}
        </label>
      ))}
    </div>
  );
}
