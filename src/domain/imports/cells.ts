/**
 * A spreadsheet runs a cell that starts with =, +, - or @ as a formula (and some treat a leading
 * tab or carriage return the same way); a leading quote keeps an exported cell inert text
 * (OWASP "CSV injection").
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
