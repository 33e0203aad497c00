/** @jsxImportSource preact */
/**
 * A small table of counts: each row is headed by its name, and each column by what it counts.
 * Flashcards' "due by unit" and the backup restore's "now / after" are both this table.
 */

interface RowTableProps {
  class: string;
  caption?: string;
  /** The first heading names the rows; the rest name the value columns. */
  headings: readonly string[];
  rows: readonly { label: string; values: readonly (string | number)[] }[];
}

export function RowTable({ class: className, caption, headings, rows }: RowTableProps) {
  return (
    <table class={className}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {headings.map((heading) => (
            <th scope="col">{heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            {row.values.map((value) => (
              <td>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
