export const pgliteTemplatePath = ".tmp/pglite-template.tar.gz";
export const postgresTemplateName = "accord_test_template";

/** The same server as TEST_DATABASE_URL, another database on it. */
export function testDatabaseUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}
