/**
 * Zooming and panning the SVG map by hand (the WebGL map has maplibre's): the wheel (and a
 * trackpad's pinch, which arrives as a wheel with ctrlKey) zooms about the pointer, a mouse drags
 * the map once zoomed in, two fingers pinch and move it, one finger drags it once zoomed in. At
 * the whole country one finger scrolls the page as ever (the phone's page is one column). The
 * view's arithmetic is svgZoom.ts's.
 */
import { isWhole, panBy, wheelFactor, zoomAbout, type View, type ViewBox } from './svgZoom';

export interface GestureTarget {
	view(): View;
	box(): ViewBox;
	/** A new view, drawn at once (a gesture is under way). */
	set(view: View): void;
}

/** How far (CSS px) a pointer moves before a press is a drag rather than a click. */
const DRAG_SLOP = 4;

/** Listens on `svg`; returns what stops listening. */
export function svgGestures(svg: SVGSVGElement, target: GestureTarget): () => void {
	/** A client point in the viewBox's units (the SVG's own, outside the camera). */
	const toBox = (x: number, y: number): [number, number] => {
		const m = svg.getScreenCTM();
		if (!m) return [x, y];
		const p = new DOMPoint(x, y).matrixTransform(m.inverse());
		return [p.x, p.y];
	};
	/** ViewBox units per CSS pixel. */
	const unit = () => 1 / (svg.getScreenCTM()?.a || 1);

	const wheel = (e: WheelEvent) => {
		e.preventDefault();
		const factor = wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey);
		target.set(zoomAbout(target.view(), target.box(), factor, toBox(e.clientX, e.clientY)));
	};

	// A mouse (or pen) drag, once zoomed in. A press that moves is a drag, and its click is
	// swallowed: it must not open the region it ended on.
	let press: { id: number; x: number; y: number; dragging: boolean } | null = null;
	let swallowClick = false;
	const down = (e: PointerEvent) => {
		if (e.pointerType === 'touch' || e.button !== 0 || isWhole(target.view())) return;
		press = { id: e.pointerId, x: e.clientX, y: e.clientY, dragging: false };
	};
	const move = (e: PointerEvent) => {
		if (!press || e.pointerId !== press.id) return;
		const [dx, dy] = [e.clientX - press.x, e.clientY - press.y];
		if (!press.dragging && Math.hypot(dx, dy) < DRAG_SLOP) return;
		if (!press.dragging) {
			press.dragging = true;
			svg.setPointerCapture(e.pointerId);
		}
		const u = unit();
		target.set(panBy(target.view(), target.box(), dx * u, dy * u));
		press.x = e.clientX;
		press.y = e.clientY;
	};
	const up = (e: PointerEvent) => {
		if (!press || e.pointerId !== press.id) return;
		swallowClick = press.dragging;
		press = null;
	};
	const click = (e: MouseEvent) => {
		if (!swallowClick) return;
		swallowClick = false;
		e.preventDefault();
		e.stopImmediatePropagation();
	};

	// Fingers: two pinch and move the map; one moves it once zoomed in.
	let touches: { x: number; y: number }[] = [];
	let moved = false;
	const fingers = (e: TouchEvent) =>
		[...e.touches].slice(0, 2).map((t) => ({ x: t.clientX, y: t.clientY }));
	const touchStart = (e: TouchEvent) => {
		touches = fingers(e);
		if (e.touches.length === 1) moved = false;
	};
	const touchMove = (e: TouchEvent) => {
		const now = fingers(e);
		if (now.length !== touches.length) {
			touches = now;
			return;
		}
		const view = target.view();
		if (now.length === 1 && isWhole(view)) return;
		e.preventDefault();
		moved = true;
		const mid = (ts: { x: number; y: number }[]) => ({
			x: ts.reduce((s, t) => s + t.x, 0) / ts.length,
			y: ts.reduce((s, t) => s + t.y, 0) / ts.length
		});
		const [a, b] = [mid(touches), mid(now)];
		let next = view;
		if (now.length === 2) {
			const span = (ts: { x: number; y: number }[]) =>
				Math.hypot(ts[0]!.x - ts[1]!.x, ts[0]!.y - ts[1]!.y);
			const factor = span(now) / Math.max(span(touches), 1);
			next = zoomAbout(next, target.box(), factor, toBox(b.x, b.y));
		}
		const u = unit();
		next = panBy(next, target.box(), (b.x - a.x) * u, (b.y - a.y) * u);
		target.set(next);
		touches = now;
	};
	const touchEnd = (e: TouchEvent) => {
		touches = fingers(e);
		// A touch that moved the map is not a tap on the region it lifted from.
		if (e.touches.length === 0 && moved) swallowClick = true;
		if (e.touches.length === 0) setTimeout(() => (swallowClick = false), 400);
	};

	const listeners: [string, EventListener, AddEventListenerOptions?][] = [
		['wheel', wheel as EventListener, { passive: false }],
		['pointerdown', down as EventListener],
		['pointermove', move as EventListener],
		['pointerup', up as EventListener],
		['pointercancel', up as EventListener],
		['click', click as EventListener, { capture: true }],
		['touchstart', touchStart as EventListener, { passive: true }],
		['touchmove', touchMove as EventListener, { passive: false }],
		['touchend', touchEnd as EventListener, { passive: true }],
		['touchcancel', touchEnd as EventListener, { passive: true }]
	];
	for (const [type, fn, options] of listeners) svg.addEventListener(type, fn, options);
	return () => {
		for (const [type, fn, options] of listeners) svg.removeEventListener(type, fn, options);
	};
}
