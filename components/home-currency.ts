import { COUNTRY_CURRENCY } from '../lib/countries';
import { parseProfile } from '../lib/profile';
import { PROFILE_KEY } from '../lib/storage-keys';
import { useStoredValue } from './shopper-storage';

/** The currency a new bill or budget starts in: the shopper's country's, as their profile says, else yuan. */
export function useHomeCurrency(): string {
  const { country } = useStoredValue(PROFILE_KEY, parseProfile);
  return country && country !== 'other' ? COUNTRY_CURRENCY[country] : 'CNY';
}
