// aws_globalaccelerator_accelerator and aws_globalaccelerator_custom_routing_accelerator: two
// static IPv4 addresses, for IPV4 and for DUAL_STACK alike (dual-stack adds two IPv6 addresses,
// "a total of four addresses: two static IPv4 addresses and two static IPv6 addresses"). Addresses
// given in `ip_addresses` come from the account's own (BYOIP) pool: not charged.
import { asList, attribute } from '../attributes.js';
import { addresses, flag, type AddressRule } from './addressRule.js';

const STATIC_IPV4 = 2;

export const globalAccelerator: AddressRule = (input) => {
  const own = attribute(input.view, 'ip_addresses');
  const byoip = own.known ? Math.min(asList(own.value).length, STATIC_IPV4) : 0;
  if (byoip === 0) return addresses(STATIC_IPV4);
  return addresses(STATIC_IPV4, {
    free: byoip,
    flags: [flag('byoip', `${byoip} of its addresses from a BYOIP pool: not charged`)],
  });
};
