import type { Map as MapLibreMap } from 'maplibre-gl';

/** The part of maplibre's Map a snapshot uses, so a test can hand in a fake. */
export type SnapshotMap = Pick<
	MapLibreMap,
	'once' | 'triggerRepaint' | 'getCanvas' | 'setPixelRatio'
>;

/**
 * The WebGL map as a PNG data URL at `pixelRatio`. WebGL clears its drawing buffer once a frame is
 * shown, so the canvas is read inside the frame that draws it ('render'), not afterwards.
 */
export function mapImage(map: SnapshotMap, pixelRatio: number): Promise<string> {
	map.setPixelRatio(pixelRatio);
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			try {
				resolve(map.getCanvas().toDataURL('image/png'));
			} catch (e) {
				reject(e);
			} finally {
				// null is maplibre's "follow devicePixelRatio again" (its types say number only).
				map.setPixelRatio(null as unknown as number);
			}
		});
		map.triggerRepaint();
	});
}

/** Keeps out of the image what is not the slide: buttons, and the map drawn twice. */
function captured(node: Node): boolean {
	if (!(node instanceof Element)) return true;
	if (node instanceof HTMLCanvasElement) return false;
	if (node.hasAttribute('data-no-capture')) return false;
	return getComputedStyle(node).visibility !== 'hidden';
}

/**
 * What `root` shows as a PNG at `scale` times its CSS size: the map (WebGL or SVG), its labels,
 * the legend and the panel. The WebGL canvas is swapped for an image of itself while the page is
 * copied (modern-screenshot draws the DOM through an SVG foreignObject, which has no WebGL).
 */
export async function snapshot(
	root: HTMLElement,
	map: SnapshotMap | null,
	scale = 2
): Promise<Blob> {
	const { domToBlob } = await import('modern-screenshot');
	let stand: HTMLImageElement | null = null;
	try {
		const canvas = map?.getCanvas();
		if (map && canvas?.isConnected && canvas.parentElement) {
			stand = document.createElement('img');
			stand.alt = '';
			stand.src = await mapImage(map, scale);
			Object.assign(stand.style, {
				position: 'absolute',
				left: `${canvas.offsetLeft}px`,
				top: `${canvas.offsetTop}px`,
				width: `${canvas.clientWidth}px`,
				height: `${canvas.clientHeight}px`,
				pointerEvents: 'none'
			});
			canvas.after(stand);
			await stand.decode();
		}
		return await domToBlob(root, {
			scale,
			type: 'image/png',
			// The system's fonts draw the copy as they draw the page: nothing to embed.
			font: false,
			// A long statement scrolled down is saved as the room sees it.
			features: { restoreScrollPosition: true },
			backgroundColor: getComputedStyle(root).backgroundColor,
			filter: captured
		});
	} finally {
		stand?.remove();
	}
}

/** Hands `blob` to the browser as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.click();
	// The download has its own copy once it starts; a later revoke frees the memory.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name a slide deck can keep: app, article step, e.g. 会议地图-重庆.png. */
export function imageName(app: string, step: string): string {
	return `${[app, step].filter(Boolean).join('-')}.png`.replace(/[\\/:*?"<>|\s]+/g, '_');
}
