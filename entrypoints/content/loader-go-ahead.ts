/**
 * What the content script leaves in its isolated world for the reader it loads there: a page that
 * loads detector.js into its own world (it is web-accessible on the shops) finds no such mark.
 */
export const LOADER_GO_AHEAD = Symbol.for('paylater-lens.loader-go-ahead');
