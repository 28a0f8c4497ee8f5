import { browser } from 'wxt/browser';
import { type Correction, parseCorrections } from '../../lib/corrections';
import { type Profile, type ProgramOverrides, parseOverrides, parseProfile } from '../../lib/profile';
import { CORRECTIONS_KEY, OVERRIDES_KEY, PROFILE_KEY } from '../../lib/storage-keys';

export interface Shopper {
  readonly profile: Profile;
  readonly overrides: ProgramOverrides;
  readonly corrections: readonly Correction[];
}

/** The shopper's profile, program overrides and corrections; empty where nothing (valid) is stored. */
export async function loadShopper(): Promise<Shopper> {
  const stored = await browser.storage.local.get([PROFILE_KEY, OVERRIDES_KEY, CORRECTIONS_KEY]);
  return {
    profile: parseProfile(stored[PROFILE_KEY]),
    overrides: parseOverrides(stored[OVERRIDES_KEY]),
    corrections: parseCorrections(stored[CORRECTIONS_KEY]),
  };
}
