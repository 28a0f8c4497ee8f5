import { browser } from 'wxt/browser';
import { type Profile, type ProgramOverrides, parseOverrides, parseProfile } from '../../lib/profile';
import { OVERRIDES_KEY, PROFILE_KEY } from '../../lib/storage-keys';

export interface Shopper {
  readonly profile: Profile;
  readonly overrides: ProgramOverrides;
}

/** The shopper's profile and program overrides; empty where nothing (valid) is stored. */
export async function loadShopper(): Promise<Shopper> {
  const stored = await browser.storage.local.get([PROFILE_KEY, OVERRIDES_KEY]);
  return { profile: parseProfile(stored[PROFILE_KEY]), overrides: parseOverrides(stored[OVERRIDES_KEY]) };
}
