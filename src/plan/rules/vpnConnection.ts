// aws_vpn_connection: two tunnels, each with a public outside IPv4 address, unless
// `outside_ip_address_type` is PrivateIpv4 (a VPN over Direct Connect). Unset means PublicIpv4.
import { attribute } from '../attributes.js';
import { addresses, isConfigured, NONE, unknownHere, type AddressRule } from './addressRule.js';

export const vpnConnection: AddressRule = (input) => {
  const type = attribute(input.view, 'outside_ip_address_type');
  if (type.known) return type.value === 'PrivateIpv4' ? NONE : addresses(2);
  if (!isConfigured(input, 'outside_ip_address_type')) return addresses(2);
  return addresses(0, { dependsOn: [unknownHere(input, 'outside_ip_address_type')] });
};
