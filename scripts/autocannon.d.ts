// The part of autocannon that scripts/load-test.ts uses. @types/autocannon describes an older
// major version; these fields are the same in 9.
declare module 'autocannon' {
	interface Options {
		url: string;
		connections?: number;
		/** Seconds. */
		duration?: number;
		headers?: Record<string, string>;
	}

	interface Histogram {
		average: number;
		p50: number;
		p99: number;
		max: number;
		total: number;
	}

	export interface Result {
		url: string;
		errors: number;
		timeouts: number;
		non2xx: number;
		'2xx': number;
		/** Milliseconds. */
		latency: Histogram;
		/** Per second. */
		requests: Histogram & { sent: number };
		/** Bytes per second. */
		throughput: Histogram;
	}

	export default function autocannon(options: Options): Promise<Result>;
}
