/**
 * How different two colors look, in CIE Lab (D50, as d3-color and CSS Color 4 compute it). The
 * palette is held to CIEDE2000, the stricter of the two: it discounts differences of chroma and
 * hue among vivid colors, which CIE76 overrates.
 */
import { lab } from 'd3-color';

export type Lab = readonly [l: number, a: number, b: number];

export function labOf(color: string): Lab {
	const { l, a, b } = lab(color);
	return [l, a, b];
}

/** CIE76: the straight distance in Lab. */
export function deltaE76([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

const RAD = Math.PI / 180;
const hueOf = (b: number, a: number) =>
	a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / RAD + 360) % 360;
const pow7 = (c: number) => Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7));

/** CIEDE2000 (kL = kC = kH = 1), as Sharma, Wu and Dalal (2005) give it, with their test data. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
	const g = 0.5 * (1 - pow7((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2));
	const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2];
	const [c1, c2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
	const [h1, h2] = [hueOf(b1, ap1), hueOf(b2, ap2)];
	const chromatic = c1 * c2 !== 0;
	let dh = chromatic ? h2 - h1 : 0;
	if (dh > 180) dh -= 360;
	else if (dh < -180) dh += 360;
	const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * RAD);
	const l = (l1 + l2) / 2;
	const c = (c1 + c2) / 2;
	let h = h1 + h2;
	if (chromatic) h = Math.abs(h1 - h2) <= 180 ? h / 2 : h < 360 ? (h + 360) / 2 : (h - 360) / 2;
	const t =
		1 -
		0.17 * Math.cos((h - 30) * RAD) +
		0.24 * Math.cos(2 * h * RAD) +
		0.32 * Math.cos((3 * h + 6) * RAD) -
		0.2 * Math.cos((4 * h - 63) * RAD);
	const sl = 1 + (0.015 * (l - 50) ** 2) / Math.sqrt(20 + (l - 50) ** 2);
	const sc = 1 + 0.045 * c;
	const sh = 1 + 0.015 * c * t;
	const rt = -Math.sin(60 * Math.exp(-(((h - 275) / 25) ** 2)) * RAD) * 2 * pow7(c);
	const [dl, dc, dhh] = [(l2 - l1) / sl, (c2 - c1) / sc, dH / sh];
	return Math.sqrt(dl ** 2 + dc ** 2 + dhh ** 2 + rt * dc * dhh);
}
