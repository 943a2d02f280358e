/**
 * Portable LIKE patterns: every engine accepts an explicit ESCAPE character, while their
 * defaults differ (backslash on PostgreSQL and MySQL, none on SQLite and SQL Server).
 */
export const LIKE_ESCAPE = "!";

export function escapeLike(text: string): string {
  return text.replace(/[!%_[\]]/g, (c) => LIKE_ESCAPE + c);
}
