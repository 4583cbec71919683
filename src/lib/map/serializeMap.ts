/** The server's SVG map as it is drawn, in markup that needs no stylesheet: for exports. */
export interface MapMarkup {
	viewBox: [number, number, number, number];
	/** The map's content (regions, inset, leaders, labels), every element's look inlined. */
	markup: string;
}

/** What the page's stylesheet decides of the map's look, copied onto each element. */
const PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-linejoin',
	'paint-order',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor'
];
/** The page's own attributes, which mean nothing in a file: interaction, accessibility, timing. */
const DROPPED = /^(?:class|style|tabindex|role|aria-.*|elementtiming|href|data-(?!code$).*)$/;

/**
 * `svg` (ChinaMap.svg.svelte, on the page) as standalone markup: the same map, in the colors,
 * widths and type the page's stylesheet gives it now (the selection, the labels fitted to it), so
 * an export is the map the reader sees, drawn by the one renderer. Links become groups; the
 * camera's CSS transform becomes a transform attribute.
 */
export function mapMarkup(svg: SVGSVGElement): MapMarkup {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const from = [...svg.querySelectorAll('*')];
	const to = [...clone.querySelectorAll('*')];
	const hovered: Element[] = [];
	from.forEach((element, i) => {
		const copy = to[i]!;
		// The outline of a region under the pointer is the pointer's, not the map's.
		if (element.classList.contains('hover')) hovered.push(copy);
		const computed = getComputedStyle(element);
		const transform = computed.transform;
		for (const { name } of [...copy.attributes]) if (DROPPED.test(name)) copy.removeAttribute(name);
		const style = PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
		copy.setAttribute('style', style);
		if (transform && transform !== 'none') copy.setAttribute('transform', transform);
	});
	for (const link of [...clone.querySelectorAll('a')]) {
		const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
		group.append(...link.childNodes);
		link.replaceWith(group);
	}
	for (const hover of hovered) hover.remove();
	const serializer = new XMLSerializer();
	const markup = [...clone.childNodes].map((n) => serializer.serializeToString(n)).join('');
	const [x = 0, y = 0, w = 0, h = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
	return { viewBox: [x, y, w, h], markup };
}
