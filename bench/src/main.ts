/**
 * The reference page: the same map drawn the way a user would with ECharts instead of this app,
 * its map series over the same GeoJSON, in the same day colors, with labels and a click-to-read
 * panel. It is given ECharts' best case (tree-shaken, one bundle, no animation), so the app is
 * measured against a fair rival rather than a strawman.
 */
import { MapChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import provinces from '../../src/lib/geo/data/provinces.json';

interface Said {
	date: string;
	meeting: string;
	title: string;
	name: string;
	statements: { verb: string; text: string }[];
}

/** Written by scripts/bench.ts from the parsed seed, through the app's own meetingDays(). */
declare const __BENCH_DATA__: {
	names: Record<string, string>;
	fills: Record<string, string>;
	mentioned: string[];
	meetings: Record<string, Said>;
};
const data = __BENCH_DATA__;

echarts.use([MapChart, CanvasRenderer]);
// ECharts types GeoJSON loosely; the file is a FeatureCollection.
echarts.registerMap('china', provinces as unknown as Parameters<typeof echarts.registerMap>[1]);

const chart = echarts.init(document.getElementById('map')!);
let ready = false;
chart.on('finished', () => {
	if (ready) return;
	ready = true;
	// ECharts' own word that the map is drawn: into its canvas, not yet on screen.
	performance.mark('map:drawn');
	whenOnScreen();
});

/**
 * `map:ready` as the app marks it: when the frame that shows the map is presented. Element Timing
 * reports that for a text painted in the same frame as the finished canvas; the app's mark is its
 * first paint's presentation, so both are measured at the same point.
 */
function whenOnScreen() {
	const drawn = performance.getEntriesByName('map:drawn')[0]!.startTime;
	const note = el('p', 'drawn', '地图已绘制');
	note.setAttribute('elementtiming', 'map-drawn');
	try {
		new PerformanceObserver((list, observer) => {
			const entry = list.getEntries()[0] as PerformanceEntry & { renderTime: number };
			observer.disconnect();
			performance.mark('map:ready', { startTime: Math.max(drawn, entry.renderTime) });
		}).observe({ type: 'element', buffered: true });
	} catch {
		// No Element Timing: ECharts' own event stands for it.
		performance.mark('map:ready', { startTime: drawn });
	}
	document.querySelector('header')!.append(note);
}

chart.setOption({
	// The default entrance animation would only delay 'finished'.
	animation: false,
	series: [
		{
			type: 'map',
			map: 'china',
			nameProperty: 'code',
			roam: false,
			itemStyle: { borderColor: '#fff', borderWidth: 1 },
			label: { show: true, formatter: (p: { name: string }) => data.names[p.name] ?? '' },
			data: Object.keys(data.names).map((code) => {
				const mentioned = data.mentioned.includes(code);
				return {
					name: code,
					itemStyle: { areaColor: data.fills[code] },
					label: mentioned ? { fontWeight: 'bold', fontSize: 14 } : { fontSize: 11 }
				};
			})
		}
	]
});

const side = document.getElementById('side')!;
const hint = side.innerHTML;

/** What a region's official said, or that the article does not say. */
function show(code: string): void {
	const said = data.meetings[code];
	const panel = el('article', 'panel');
	panel.dataset.region = code;
	panel.append(el('h2', '', data.names[code] ?? code));
	if (!said) panel.append(el('p', '', '本文未报道该地区的会议'));
	else {
		panel.append(el('p', 'date', said.date), el('p', '', said.meeting));
		panel.append(el('p', '', `${said.title} ${said.name}`));
		const list = el('ol', '');
		for (const s of said.statements) {
			const item = el('li', '');
			item.append(el('strong', '', s.verb), el('p', '', s.text));
			list.append(item);
		}
		panel.append(list);
	}
	side.replaceChildren(panel);
}

function el(tag: string, className: string, text?: string): HTMLElement {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

chart.on('click', (p) => show(p.name));
addEventListener('keydown', (e) => {
	if (e.key === 'Escape') side.innerHTML = hint;
});
addEventListener('resize', () => chart.resize());

/** For the benchmark only: where on the page a region's center is drawn, to click it. */
Object.assign(window, {
	__bench: {
		pixelOf(code: string): [number, number] | null {
			const feature = provinces.features.find((f) => f.properties.code === code);
			if (!feature) return null;
			const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, feature.properties.cp);
			const box = chart.getDom().getBoundingClientRect();
			return [box.left + x, box.top + y];
		}
	}
});
