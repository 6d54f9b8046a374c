/**
 * The sections of the reference, in reading order. Each entry's `section` names one of these ids;
 * the sidebar, the quick-lookup table and the entry pages all read this one list.
 */
export const SECTIONS = [
  {
    id: 'authentication',
    label: 'Authentication Errors',
    summary:
      'The request carried no valid credentials, or they have expired. Identity is checked before anything else, so nothing was processed. Do not retry: fix the key or Base URL and send again.',
  },
  {
    id: 'membership',
    label: 'Membership Benefit Unavailable',
    summary:
      'The server could not confirm the subscription of the account. Usually temporary.',
  },
  {
    id: 'permission',
    label: 'Permission Errors',
    summary:
      'The request is well formed and the caller is known, but the account may not do this: either access control (client not on the whitelist, account terminated) or an exhausted quota. Retrying does not help until the permission or quota is sorted out.',
  },
  {
    id: 'rate-limits',
    label: 'Rate Limits & Quotas',
    summary:
      'Too many requests, or too much usage. An overloaded inference engine is a capacity problem on the server: retry. A quota error is about your account: retrying does not help; wait for the reset or upgrade the plan.',
  },
  {
    id: 'request-format',
    label: 'Request Format Errors',
    summary:
      'Something in the request itself is wrong and the server rejected it while parsing or validating. Fix the request; there is no need to wait or to contact support.',
  },
  {
    id: 'not-found',
    label: 'Resource Not Found',
    summary:
      'The model or endpoint does not exist, or the account cannot use it. Check the model name and the endpoint path.',
  },
  {
    id: 'server',
    label: 'Internal Server Errors',
    summary:
      'Something failed on the server, not in your request or account. Waiting a moment and retrying usually fixes it; if it keeps happening, report it to support.',
  },
  {
    id: 'tool-call',
    label: 'Tool Call Errors',
    summary:
      'Raised while the AI runs a tool (reading a web page, processing an image). Only that operation failed; the conversation itself is unaffected. A 401 or 429 seen here means the same as in the sections above.',
  },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];
export const SECTION_IDS = SECTIONS.map((section) => section.id) as [SectionId, ...SectionId[]];

export function sectionOf(id: SectionId) {
  return SECTIONS.find((section) => section.id === id)!;
}
