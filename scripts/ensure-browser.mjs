// Makes sure the browser tests have a Chromium, installing one only when none is found:
// Debian's package where apt-get can run as root (CI machines, where Playwright's own browser
// download may be blocked), Playwright's own build elsewhere.
import { execFileSync } from 'node:child_process';
import { findBrowser } from './browser.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const found = findBrowser();

if (found) {
  console.log(`Browser tests use ${found.kind === 'playwright' ? "Playwright's Chromium" : found.executablePath}.`);
} else if (process.platform === 'linux' && process.getuid?.() === 0 && hasCommand('apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium package with apt-get.');
  run('apt-get', ['update', '-q']);
  run('apt-get', ['install', '-y', '-q', 'chromium']);
} else {
  console.log("No Chromium found: installing Playwright's Chromium.");
  run('npx', ['playwright', 'install', 'chromium']);
}

if (!findBrowser()) {
  console.error('Still no Chromium. Install one (e.g. `npx playwright install chromium`) or set CHROMIUM_PATH.');
  process.exit(1);
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
