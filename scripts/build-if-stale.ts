/**
 * Runs `npm run build` unless build/ was built by this script from exactly the current inputs, so
 * `npm test` does not rebuild an unchanged app. The inputs (sources, data, scripts, config,
 * lockfiles, PUBLIC_ and VITE_ variables, Node version) are hashed before building; after a
 * successful build the hash is stamped with the build's index.html mtime. A missing build, a
 * missing or different stamp, or a build made some other way (new mtime) means a build.
 *
 *   npx tsx scripts/build-if-stale.ts
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';

const STAMP = '.svelte-kit/build-stamp.json';
const INDEX = 'build/index.html';
const INPUT_DIRS = ['src', 'static', 'geodata', 'scripts', 'messages'];
// Written by the build (basemap, font, network) from the inputs: outputs, but the tests read them.
const GENERATED = ['static/basemap', 'static/fonts', 'static/data', 'src/lib/paraglide'];
const INPUT_FILES = [
	'package.json',
	'package-lock.json',
	'node_modules/.package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'project.inlang/settings.json',
	...readdirSync('.').filter((f) => f.startsWith('.env'))
];

function inputsHash(): string {
	const files = [...INPUT_FILES];
	for (const dir of INPUT_DIRS)
		for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
			const path = join(dir, f).replaceAll('\\', '/');
			if (!GENERATED.some((g) => path.startsWith(g + '/')) && statSync(path).isFile())
				files.push(path);
		}
	const hash = createHash('sha256');
	for (const file of files.sort()) {
		hash.update(`${file}\0`);
		hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
		hash.update('\0');
	}
	const env = Object.entries(process.env)
		.filter(([k]) => /^(PUBLIC_|VITE_)/.test(k) || k === 'NODE_ENV')
		.sort(([a], [b]) => a.localeCompare(b));
	hash.update(JSON.stringify({ env, node: process.version }));
	return hash.digest('hex');
}

interface Stamp {
	inputs: string;
	indexMtimeMs: number;
}

function readStamp(): Stamp | undefined {
	try {
		return JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
	} catch {
		return undefined;
	}
}

const inputs = inputsHash();
const stamp = readStamp();
const current =
	stamp !== undefined &&
	stamp.inputs === inputs &&
	existsSync(INDEX) &&
	stamp.indexMtimeMs === statSync(INDEX).mtimeMs &&
	GENERATED.every((dir) => existsSync(dir));

if (current) {
	console.log('build/ is current (same inputs as its build): not rebuilding.');
} else {
	// No stamp while building: a failed build must not look current.
	rmSync(STAMP, { force: true });
	execSync('npm run build', { stdio: 'inherit' });
	mkdirSync(dirname(STAMP), { recursive: true });
	writeFileSync(STAMP, JSON.stringify({ inputs, indexMtimeMs: statSync(INDEX).mtimeMs }));
}
