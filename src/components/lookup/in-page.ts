/** The global name under which worker.ts, loaded as a page script, leaves its answerer. */
export const IN_PAGE = 'kimiLookupAnswerer';
