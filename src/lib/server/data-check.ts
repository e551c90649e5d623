/** `npm run data:check` as a function: checks a geodata folder and says what the command prints. */
import { checkGeodataWithWarnings, formatProblem, type Problem } from '../data/check';
import { GEODATA_FILES, type GeodataKey } from '../data/schemas';
import { GEODATA_FOLDER, loadCountryIndex, readGeodataRaw } from './geodata';

export interface DataCheckResult {
	problems: Problem[];
	/** Printed, but the check still passes. */
	warnings: Problem[];
	/** Features (corridors for corridors.json) per readable file, in GEODATA_FILES order. */
	counts: { file: string; count: number }[];
	/** What the command prints: on stderr when there are problems, else on stdout. */
	lines: string[];
}

export function runDataCheck(folder = GEODATA_FOLDER): DataCheckResult {
	const { raw, problems: readProblems } = readGeodataRaw(folder);
	const counts = (Object.keys(GEODATA_FILES) as GeodataKey[]).flatMap((key) => {
		if (raw[key] === undefined) return [];
		const items = raw[key] as { features?: unknown[]; corridors?: unknown[] } | null;
		return [
			{ file: GEODATA_FILES[key].file, count: (items?.features ?? items?.corridors ?? []).length }
		];
	});
	const { problems, warnings } = checkGeodataWithWarnings(raw, loadCountryIndex());
	const warningLines = warnings.map((w) => `warning: ${formatProblem(w)}`);
	const lines =
		problems.length > 0
			? [
					// An unreadable file is then also a problem ("file is missing"); this line says why.
					...readProblems.map((p) =>
						formatProblem({ file: p.file, feature: '-', field: '(file)', message: p.message })
					),
					...problems.map(formatProblem),
					...warningLines,
					`data:check: ${problems.length} problem(s) in ${folder}/`
				]
			: [
					...warningLines,
					`data:check: ${folder}/ is valid (${counts.map((c) => `${c.file}: ${c.count}`).join(', ')})`
				];
	return { problems, warnings, counts, lines };
}
