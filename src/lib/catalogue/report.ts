/** The lines of a support report, in the reader's language (Starlight's i18n keys `report.*`). */
export interface ReportLabels {
  heading: string;
  message: string;
  messagePlaceholder: string;
  requestId: string;
  time: string;
  client: string;
  entry: string;
}

export const REPORT_LABEL_KEYS = {
  heading: 'report.heading',
  message: 'report.message',
  messagePlaceholder: 'report.messagePlaceholder',
  requestId: 'report.requestId',
  time: 'report.time',
  client: 'report.client',
  entry: 'report.entry',
} as const satisfies Record<keyof ReportLabels, string>;

/** The labels of a language, read with a translation function such as Starlight's `Astro.locals.t`. */
export const reportLabels = (t: (key: (typeof REPORT_LABEL_KEYS)[keyof ReportLabels]) => string): ReportLabels =>
  Object.fromEntries(Object.entries(REPORT_LABEL_KEYS).map(([name, key]) => [name, t(key)])) as unknown as ReportLabels;

/**
 * The report the reference asks for when contacting support: the full message, the request ID
 * and the time of the request. Shared by the entry pages, the not-covered page and the lookup box
 * so that every "contact support" path asks for the same things.
 */
export function supportReport(labels: ReportLabels, { message = '', entry = '' }: { message?: string; entry?: string } = {}) {
  return [
    labels.heading,
    '',
    `${labels.message} ${message || labels.messagePlaceholder}`,
    labels.requestId,
    labels.time,
    labels.client,
    ...(entry ? [`${labels.entry} ${entry}`] : []),
  ].join('\n');
}
