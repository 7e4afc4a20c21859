import {
  DescribeVpnConnectionsCommand,
  type EC2Client,
  type VpnConnection,
} from '@aws-sdk/client-ec2';
import { requiredList } from './answers.js';

/** Site-to-site VPN connections (this API has no pagination). */
export async function describeVpnConnections(ec2: EC2Client): Promise<VpnConnection[]> {
  const response = await ec2.send(new DescribeVpnConnectionsCommand({}));
  return requiredList(response.VpnConnections, 'vpnConnectionSet');
}
