/**
 * The static server behind `npm start` and the browser tests: the built site with its
 * precompressed files, security headers, long-lived caching for hashed files, one trailing-slash
 * policy, and room for long links so the app itself can clean them up.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import sirv from 'sirv';
import { HASHED_FONT_FILE } from '../map/fonts';

/** Node's default is 16 kB: a longer link got HTTP 431 and the app never ran to clean it up. */
export const MAX_HEADER_BYTES = 64 * 1024;

/**
 * Headers on every response. The page's own policy (scripts by hash, sources) is a <meta> tag
 * written by SvelteKit; this header adds what a <meta> policy can't carry. Embedding is a feature
 * (the Embed button), so any site may frame the atlas: `frame-ancestors *`, deliberately.
 */
export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy':
		"frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin'
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The build's 404.html (from static/, with a search form); a minimal page if it is missing. */
function notFoundPage(dir: string): string {
	try {
		return readFileSync(join(dir, '404.html'), 'utf8');
	} catch {
		return '<!doctype html><title>Not found</title><h1>No such page</h1><p><a href="/">Back to the map</a></p>';
	}
}

/**
 * Pages are folders with an index.html (SvelteKit's trailingSlash 'always'), so they work on any
 * static host. A page asked for without its slash is redirected to it: its relative asset paths
 * only resolve from there.
 */
function slashRedirect(dir: string, req: IncomingMessage, res: ServerResponse): boolean {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return false;
	let path: string;
	try {
		path = normalize(join(dir, decodeURIComponent(url.pathname)));
	} catch {
		return false;
	}
	if (!path.startsWith(normalize(dir)) || !existsSync(join(path, 'index.html'))) return false;
	if (!statSync(path).isDirectory()) return false;
	res.statusCode = 308;
	res.setHeader('Location', `${url.pathname}/${url.search}`);
	res.end();
	return true;
}

export function createAtlasServer(dir = 'build'): Server {
	const serve = sirv(dir, {
		etag: true,
		gzip: true,
		brotli: true,
		setHeaders: (res, pathname) => {
			// Hashed build files, and the font files named with their content's hash.
			if (pathname.startsWith('/_app/immutable/') || HASHED_FONT_FILE.test(pathname))
				res.setHeader('Cache-Control', IMMUTABLE);
			else res.setHeader('Cache-Control', 'no-cache');
		}
	});
	const notFound = notFoundPage(dir);
	return createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		if (slashRedirect(dir, req, res)) return;
		serve(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(notFound);
		});
	});
}
