/**
 * The id rule, apart from the geodata's schemas and from zod: the URL parser needs it on the
 * main thread, where neither is loaded (the geodata is checked in a worker).
 */

/** Every id in the atlas (records, corridors, network nodes), in the data and in the URL. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,79}$/;
/** What an id that breaks the rule is told. */
export const ID_RULE = 'must be lower-case letters, digits and hyphens (2-80)';

export function isId(value: string): boolean {
	return ID_PATTERN.test(value);
}
