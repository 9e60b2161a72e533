/** A local calendar day as YYYY-MM-DD, comparable as text with the API's days (due dates, reply deadlines). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
