/**
 * Prints the geodata files that pass their schemas, as the build serves them (JSON on stdout):
 * npx tsx scripts/checked-geodata.ts [geodata-dir]. Run by the build's plugin
 * (vite-checked-geodata.ts), so that Vite's config does not import the schemas itself.
 */
import { checkedFiles } from '../src/lib/server/checked-geodata.ts';

process.stdout.write(JSON.stringify(checkedFiles(process.argv[2] ?? 'geodata')));
