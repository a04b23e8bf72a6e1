/**
 * CSV for spreadsheets (RFC 4180): cells with a comma, quote or line break are quoted, and a
 * cell that a spreadsheet would run as a formula (= + - @, or a leading tab or carriage
 * return) gets a leading apostrophe so it is shown as text.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
