/**
 * A record's short name for map labels: the name without its bracketed or appended detail, cut at
 * a word boundary when still long. "Navoi Thermal Power Plant (Unit 3 CCGT)" → "Navoi Thermal
 * Power Plant"; "Tashkent – Andijan railway electrification, phase 2" → "Tashkent – Andijan
 * railway electrification". Pure.
 */
export const SHORT_NAME_MAX = 28;

export function shortName(name: string, max = SHORT_NAME_MAX): string {
	let s = name.replace(/\s*[([][^)\]]*[)\]]/g, '').trim();
	// Detail after a colon, a comma or a spaced dash that follows a complete name.
	const cut = s.search(/:\s|,\s|\s[—]\s/);
	if (cut > 3) s = s.slice(0, cut).trim();
	if (s.length === 0) s = name.trim();
	if (s.length <= max) return s;
	const words = s.split(/\s+/);
	let out = '';
	for (const w of words) {
		if ((out ? out.length + 1 : 0) + w.length > max - 1) break;
		out = out ? `${out} ${w}` : w;
	}
	return `${(out || s.slice(0, max - 1)).replace(/[\s,;:–—-]+$/, '')}…`;
}
