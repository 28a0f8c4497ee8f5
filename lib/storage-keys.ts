// Plain constants (no zod): the panel imports them to follow changes and must stay small.

/** storage.local keys: the shopper's settings, profile and program overrides (options page → background). */
export const SETTINGS_KEY = 'settings';
export const PROFILE_KEY = 'profile';
export const OVERRIDES_KEY = 'programOverrides';
/** storage.local key: the shops the shopper added (written by the background only). */
export const SHOPS_KEY = 'shops';
/** storage.local: what the shopper said checkouts really show (lib/corrections.ts). */
export const CORRECTIONS_KEY = 'corrections';
/** storage.local: the programs whose details the shopper keeps open in the panel (panel → background). */
export const PANEL_DETAILS_KEY = 'panelDetails';
