/**
 * Corridor analysis from the command line, and the network file the app routes on.
 *
 *   npm run analyze              # a readable table
 *   npm run analyze -- --json    # JSON: { corridors: [...] }
 *   npm run analyze -- --write   # (build step) writes static/data/network.json
 */
import {
	NETWORK_FILE,
	analyzeJson,
	analyzeTable,
	writeNetwork
} from '../src/lib/server/analyze.ts';

const args = process.argv.slice(2);

if (args.includes('--write')) {
	const network = writeNetwork();
	console.log(
		`${NETWORK_FILE}: ${network.nodes.length} nodes, ${network.segments.length} segments`
	);
} else if (args.includes('--json')) {
	console.log(JSON.stringify(analyzeJson(), null, 2));
} else {
	for (const line of analyzeTable()) console.log(line);
}
