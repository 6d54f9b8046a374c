/**
 * The report the reference asks for when contacting support: the full message, the request ID
 * and the time of the request. Shared by the entry pages, the not-covered page and the lookup box
 * so that every "contact support" path asks for the same things.
 */
export function supportReport({ message = '', entry = '' }: { message?: string; entry?: string } = {}) {
  return [
    'Kimi Code API error report',
    '',
    `Full error message: ${message || '(paste the complete message here)'}`,
    'Request ID: (from the response or your client log)',
    'Time of the request (with time zone): ',
    'Client and version (e.g. Kimi CLI, Claude Code): ',
    ...(entry ? [`Matching reference entry: ${entry}`] : []),
  ].join('\n');
}
