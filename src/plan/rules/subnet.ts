// aws_subnet holds no address, but `map_public_ip_on_launch` decides whether every instance
// launched in it from now on gets one: turning it on or off is flagged, not counted. Instances
// already running keep the addresses they have.
import { asBoolean, attribute } from '../attributes.js';
import { flag, NONE, type AddressRule } from './addressRule.js';
import { noInternetRoute } from './internetRoute.js';

export const subnet: AddressRule = (input) => {
  if (input.side !== 'after') return NONE;
  const now = attribute(input.view, 'map_public_ip_on_launch');
  if (!now.known) return NONE;
  const beforeView = input.index.before(input.instance);
  const then = beforeView ? attribute(beforeView, 'map_public_ip_on_launch') : undefined;
  const was = then?.known === true && asBoolean(then.value) === true;
  const is = asBoolean(now.value) === true;
  if (is && !was) {
    return {
      ...NONE,
      flags: [
        flag(
          'auto-assign-on',
          'map_public_ip_on_launch on: every instance launched in it from now on gets a public IPv4 address',
        ),
        ...noInternetRoute(input, [input.instance]),
      ],
    };
  }
  if (was && !is) {
    return {
      ...NONE,
      flags: [
        flag(
          'auto-assign-off',
          'map_public_ip_on_launch off: new instances get no public IPv4 address (running ones keep theirs)',
        ),
      ],
    };
  }
  return NONE;
};
