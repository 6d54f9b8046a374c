// Which Chromium the browser tests drive: Playwright's own where it is installed (a laptop),
// otherwise the system's (Debian's `chromium` package, as on CI). Shared by the Playwright config
// and by ensure-browser.mjs so both agree.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {{ kind: 'playwright' | 'system', executablePath?: string } | null} */
export function findBrowser() {
  if (process.env.CHROMIUM_PATH) return { kind: 'system', executablePath: process.env.CHROMIUM_PATH };
  if (existsSync(chromium.executablePath())) return { kind: 'playwright' };
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  return system ? { kind: 'system', executablePath: system } : null;
}
