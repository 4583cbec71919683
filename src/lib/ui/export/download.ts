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

/** A file name a slide deck or a story can keep: app, article step, e.g. 会议地图-重庆.png. */
export function fileName(parts: readonly string[], extension: string): string {
	return `${parts.filter(Boolean).join('-')}.${extension}`.replace(/[\\/:*?"<>|\s]+/g, '_');
}
