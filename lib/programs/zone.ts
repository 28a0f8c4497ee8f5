// Apart from the schema, so that what only reads programs (the popup) does not load zod.

/** Due dates in the shopper's own time zone, wherever the browser is (the Western programs). */
export const SHOPPER_ZONE = 'shopper';
