// aws_network_interface with `associate_public_ip_address`: one public IPv4 address, which AWS
// gives "only to the primary network interface (eth0)". One attached at a higher device index gets
// none; one the plan does not attach is counted as a primary interface would be (flagged). A new
// interface does not take its subnet's map_public_ip_on_launch: that applies to interfaces created
// when an instance launches.
import { asBoolean, asList, attribute, isObject } from '../attributes.js';
import {
  addresses,
  flag,
  isConfigured,
  NONE,
  unknownHere,
  type AddressRule,
} from './addressRule.js';
import { noInternetRoute, subnetsOf } from './internetRoute.js';

export const networkInterface: AddressRule = (input) => {
  const associate = attribute(input.view, 'associate_public_ip_address');
  if (!associate.known) {
    if (!isConfigured(input, 'associate_public_ip_address')) return NONE;
    return addresses(0, { dependsOn: [unknownHere(input, 'associate_public_ip_address')] });
  }
  if (asBoolean(associate.value) !== true) return NONE;
  const attachment = attribute(input.view, 'attachment');
  const first = attachment.known ? asList(attachment.value)[0] : undefined;
  const deviceIndex = isObject(first) ? first.device_index : undefined;
  if (typeof deviceIndex === 'number' && deviceIndex > 0) {
    return {
      ...NONE,
      flags: [
        flag(
          'primary-only',
          `attached at device index ${deviceIndex}: AWS gives the address to a primary interface only`,
        ),
      ],
    };
  }
  const isolated = noInternetRoute(input, subnetsOf(input));
  if (deviceIndex === 0) return addresses(1, { flags: isolated });
  return addresses(1, {
    flags: [
      ...isolated,
      flag(
        'primary-only',
        "counted as a primary interface: the address exists while it is an instance's primary interface (device index 0)",
      ),
    ],
  });
};
