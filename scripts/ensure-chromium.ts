/**
 * Makes sure a Chromium is available for the browser tests. Uses an installed Chrome/Chromium; as
 * root with apt, installs Debian's `chromium`; otherwise says exactly what to install.
 */
import { execSync } from 'node:child_process';
import { findChromium, CHROMIUM_CANDIDATES } from './browser.ts';

const found = findChromium();
if (found) {
	console.log(`Chromium: ${found}`);
	process.exit(0);
}
const isRoot = process.getuid?.() === 0;
function hasCommand(name: string): boolean {
	try {
		execSync(`command -v ${name}`, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}
const hasApt = hasCommand('apt-get');
if (isRoot && hasApt) {
	console.log('No Chromium found: installing Debian package "chromium" (about 480 MB)…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	const installed = findChromium();
	if (installed) {
		console.log(`Chromium: ${installed}`);
		process.exit(0);
	}
}
console.error(
	[
		'The browser tests need Chrome or Chromium, and none was found at:',
		...CHROMIUM_CANDIDATES.map((p) => `  ${p}`),
		'Install one, for example:',
		'  Debian/Ubuntu: sudo apt-get install chromium',
		'  Fedora:        sudo dnf install chromium',
		'  macOS:         brew install --cask chromium',
		'or point CHROMIUM_PATH at an existing Chrome/Chromium binary.'
	].join('\n')
);
process.exit(1);
