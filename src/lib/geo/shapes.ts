/**
 * The map's shapes, built by `npm run build:geo` from ECharts 4.9.0 (see ./data/README.md).
 * The casts are needed because TypeScript infers JSON arrays as `number[][]`, not as tuples or
 * geometry unions; tests/unit/geo.test.ts checks the data really has these shapes.
 */
import type {
	NanhaiCollection,
	NanhaiFeature,
	NanhaiProperties,
	ProvinceCollection,
	ProvinceFeature,
	ProvinceProperties
} from './decode-echarts';
import nanhaiJson from './data/nanhai.json';
import provincesJson from './data/provinces.json';

export type {
	NanhaiCollection,
	NanhaiFeature,
	NanhaiProperties,
	ProvinceCollection,
	ProvinceFeature,
	ProvinceProperties
};

/** The 34 provincial divisions; each feature's `id` is its GB/T 2260 code, e.g. '140000'. */
export const provinces = provincesJson as unknown as ProvinceCollection;

/**
 * The South China Sea inset (南海诸岛), already placed at lng 126–132, lat 18.35–25: stroke the
 * 'frame' LineString, fill the 'mark' polygons.
 */
export const nanhai = nanhaiJson as unknown as NanhaiCollection;
