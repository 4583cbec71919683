/**
 * The statement text size in CSS pixels for a viewport: 24 px on a 1920×1080 projector and in
 * proportion above it (48 px at 3840×2160, so the room sees the same), never below 18 px.
 */
export function textSize(width: number, height: number): number {
	return Math.max(18, Math.min(width / 80, height / 45));
}

/**
 * The map's label sizes (CSS variables, in map units) that draw province names `px` pixels tall on
 * screen when the whole country fits a `width`×`height` box: map units scale with the map, so a
 * smaller map needs larger units to keep the names readable from the back of the room.
 */
export function labelVars(
	width: number,
	height: number,
	viewBox: readonly [number, number, number, number],
	px: number
): { '--label-size': string; '--label-size-mentioned': string } {
	const fit = Math.min(width / viewBox[2], height / viewBox[3]);
	const units = (size: number) => `${(fit > 0 ? size / fit : size).toFixed(1)}px`;
	// Provinces the article does not report are context: their names step back.
	return { '--label-size': units(px * 0.7), '--label-size-mentioned': units(px) };
}
