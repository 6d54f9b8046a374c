/** The Chromium the browser sections drive: the same one the browser tests use. */
import type { Browser } from '@playwright/test';
import { findBrowser } from '../browser.mjs';
import { errorText } from './format.ts';

/** Chromium here has no network beyond localhost: keep it from reaching for its own services. */
export const QUIET_CHROMIUM = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=OptimizationHints,Translate,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--no-pings',
];

/** Its executable; throws, saying what to do, when there is none. */
export async function chromiumPath(): Promise<string> {
  const found = findBrowser();
  if (!found) throw new Error('no Chromium: neither Playwright’s own nor a system one (see scripts/ensure-browser.mjs)');
  if (found.executablePath) return found.executablePath;
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

/** Chromium launched quietly for a browser section, or the line saying why Playwright is missing. */
export async function launchChromium(): Promise<Browser | string> {
  let chromium: typeof import('@playwright/test').chromium;
  try {
    ({ chromium } = await import('@playwright/test'));
  } catch (error) {
    return `  Playwright is not installed: ${errorText(error)}`;
  }
  return chromium.launch({ executablePath: await chromiumPath(), args: QUIET_CHROMIUM });
}
