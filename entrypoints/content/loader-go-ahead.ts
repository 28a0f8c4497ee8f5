/**
 * What a content script leaves in its isolated world for the reader it loads there: a page that
 * loads a reader into its own world (they are web-accessible on the shops) finds no such mark.
 */
export const LOADER_GO_AHEAD = Symbol.for('paylater-lens.loader-go-ahead');
