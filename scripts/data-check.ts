/**
 * Validates every geodata file: `npm run data:check [-- <folder>]` (default: geodata/).
 * Prints one line per problem (file, feature id, field, what is wrong) and exits 1 on any problem.
 */
import { runDataCheck } from '../src/lib/server/data-check.ts';

const { problems, lines } = runDataCheck(process.argv[2]);
const print = problems.length > 0 ? console.error : console.log;
for (const line of lines) print(line);
if (problems.length > 0) process.exitCode = 1;
