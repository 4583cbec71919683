/**
 * Why a seed could not be read as a Report. The message names the file and the paragraph so that
 * whoever fixes the seed can go straight to the line: `seeds/x.txt, paragraph 3: <reason>`.
 */
export class ParseError extends Error {
	readonly file: string;
	/** Body paragraph number (0 = the lead), or null when the problem is not in one paragraph. */
	readonly paragraph: number | null;
	readonly reason: string;

	constructor(file: string, paragraph: number | null, reason: string) {
		super(paragraph === null ? `${file}: ${reason}` : `${file}, paragraph ${paragraph}: ${reason}`);
		this.name = 'ParseError';
		this.file = file;
		this.paragraph = paragraph;
		this.reason = reason;
	}
}
