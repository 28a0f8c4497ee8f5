/** Where the content script leaves its context for the reader it loads into the same isolated world. */
export const DETECTOR_CONTEXT = Symbol.for('paylater-lens.detector-context');
