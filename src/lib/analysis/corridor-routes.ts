/**
 * Each corridor's main route, from the Chinese border to its far end, used for the corridor-level
 * figures (length, countries, crossings, days) and as the comparison's default.
 */
export const CORRIDOR_ROUTES: Record<string, { from: string; to: string }> = {
	'middle-corridor': { from: 'alashankou', to: 'kapikule' },
	'northern-corridor': { from: 'alashankou', to: 'duisburg' },
	'southern-corridor': { from: 'alashankou', to: 'tehran' },
	'cku-railway': { from: 'kashgar', to: 'andijan' },
	// Not a corridor: the national lines, measured from Tashkent to the Caspian at Turkmenbashi.
	'central-asian-lines': { from: 'tashkent', to: 'turkmenbashi-port' }
};
