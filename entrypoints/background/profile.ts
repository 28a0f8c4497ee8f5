import { browser } from 'wxt/browser';
import { type Correction, parseCorrections } from '../../lib/corrections';
import { type Profile, type ProgramOverrides, parseOverrides, parseProfile } from '../../lib/profile';
import { CORRECTIONS_KEY, OVERRIDES_KEY, PROFILE_KEY } from '../../lib/storage-keys';

export interface Shopper {
  readonly profile: Profile;
  readonly overrides: ProgramOverrides;
  readonly corrections: readonly Correction[];
}

/** Where the shopper's profile, program overrides and corrections are stored. */
export const SHOPPER_KEYS = [PROFILE_KEY, OVERRIDES_KEY, CORRECTIONS_KEY];

/** The shopper's profile, program overrides and corrections; empty where nothing (valid) is stored. */
export async function loadShopper(): Promise<Shopper> {
  return shopperFrom(await browser.storage.local.get(SHOPPER_KEYS));
}

/** The shopper as read from storage.local's entries under SHOPPER_KEYS (and perhaps others). */
export function shopperFrom(stored: Record<string, unknown>): Shopper {
  return {
    profile: parseProfile(stored[PROFILE_KEY]),
    overrides: parseOverrides(stored[OVERRIDES_KEY]),
    corrections: parseCorrections(stored[CORRECTIONS_KEY]),
  };
}
