export type LookupIndex = any; export type LookupCandidate = any; export type LookupResult = any;
export const buildLookupIndex = (e: any) => ({ version: 1, entries: e.map((x: any) => ({ slug: x.slug, title: x.title, status: x.status, messages: x.messages, keywords: x.keywords })) });
export const createLookup = (_: any) => (_t: string) => ({ match: null, confidence: 0, candidates: [], status: null });
export const redactSecrets = (text: string) => ({ text, redactions: 0 });
