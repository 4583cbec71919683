/** The parameters to set on a URL: a value, or null to remove it. */
export type ParamChanges = Record<string, string | null>;

/** A link to this page with `changes` on top of `params`: `?…`, or `./` with none left. */
export function hrefWith(params: URLSearchParams, changes: ParamChanges): string {
	const next = new URLSearchParams(params);
	for (const [key, value] of Object.entries(changes)) {
		if (value === null) next.delete(key);
		else next.set(key, value);
	}
	const query = next.toString();
	return query ? `?${query}` : './';
}
