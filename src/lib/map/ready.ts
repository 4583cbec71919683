/** The mark the benchmark and the browser tests wait for: every region drawn and clickable. */
export const READY_MARK = 'map:ready';

/** The Element Timing name of the map's last label (ChinaMap.svg.svelte): the map is drawn. */
export const READY_ELEMENT = 'map';

/** The mark of the app having started (hydrated): its router now answers clicks. */
export const STARTED_MARK = 'app:started';

type Win = Pick<typeof globalThis, 'performance' | 'PerformanceObserver'>;

/**
 * Marks `map:ready`, once per page, at the frame that first showed the whole map. The server's SVG
 * map is links, clickable from that first frame, well before the app starts; its last label
 * carries `elementtiming`, whose entry gives the time that frame was presented (buffered, so it is
 * there however late the app starts). Without Element Timing (Firefox, Safari), the map's mount
 * stands for it.
 */
export function markReady(win: Win = globalThis): void {
	const { performance: perf, PerformanceObserver: Observer } = win;
	const mark = (startTime: number) => {
		if (perf.getEntriesByName(READY_MARK).length === 0) perf.mark(READY_MARK, { startTime });
	};
	if (!Observer.supportedEntryTypes.includes('element')) return mark(perf.now());
	new Observer((list, observer) => {
		const drawn = (list.getEntries() as PerformanceElementTiming[]).find(
			(e) => e.identifier === READY_ELEMENT
		);
		if (!drawn) return;
		observer.disconnect();
		mark(drawn.renderTime || drawn.startTime);
	}).observe({ type: 'element', buffered: true });
}

/** An Element Timing entry, which TypeScript's DOM types do not have yet. */
interface PerformanceElementTiming extends PerformanceEntry {
	readonly identifier: string;
	readonly renderTime: number;
}
