// aws_db_instance / aws_rds_cluster_instance with `publicly_accessible`: one public IPv4 address
// on the instance's network interface. aws_db_instance defaults to false. A cluster instance that
// does not set it takes RDS's default, which depends on whether its subnets route to an internet
// gateway: the plan cannot say, so it waits for that.
import { asBoolean, attribute } from '../attributes.js';
import {
  addresses,
  dependency,
  isConfigured,
  NONE,
  unknownHere,
  type AddressRule,
} from './addressRule.js';

export const database: AddressRule = (input) => {
  const accessible = attribute(input.view, 'publicly_accessible');
  if (accessible.known) return asBoolean(accessible.value) === true ? addresses(1) : NONE;
  if (isConfigured(input, 'publicly_accessible')) {
    return addresses(0, { dependsOn: [unknownHere(input, 'publicly_accessible')] });
  }
  return addresses(0, {
    dependsOn: [
      dependency(
        input.instance.address,
        'publicly_accessible',
        'not set: RDS makes it public when its subnets route to an internet gateway',
      ),
    ],
  });
};
