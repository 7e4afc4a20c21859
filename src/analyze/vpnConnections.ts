import type { VpnConnection } from '@aws-sdk/client-ec2';
import { isPublicCidr } from './bogons.js';
import type { VpnPublicIps } from '../model/findings.js';

const GONE_STATES: ReadonlySet<string> = new Set(['deleted', 'deleting']);

/**
 * The public outside addresses of a connection's tunnels. TunnelOptions is the current source;
 * VgwTelemetry is read only when it names none. Private outside addresses (VPN over Direct
 * Connect) are not public IPv4 and are dropped.
 */
function vpnOutsideIps(connection: VpnConnection): string[] {
  const fromOptions = (connection.Options?.TunnelOptions ?? []).map((t) => t.OutsideIpAddress);
  const fromTelemetry = (connection.VgwTelemetry ?? []).map((t) => t.OutsideIpAddress);
  const named = (list: (string | undefined)[]): string[] =>
    list.filter((ip): ip is string => ip !== undefined && ip !== '');
  const candidates = named(fromOptions).length > 0 ? named(fromOptions) : named(fromTelemetry);
  return [...new Set(candidates)].filter(isPublicCidr);
}

/** Site-to-site VPN connections holding public tunnel addresses; deleted ones cost nothing. */
export function vpnPublicIps(
  accountId: string,
  region: string,
  connections: readonly VpnConnection[] | undefined,
): VpnPublicIps[] {
  const rows: VpnPublicIps[] = [];
  for (const connection of connections ?? []) {
    if (connection.State !== undefined && GONE_STATES.has(connection.State)) continue;
    const ips = vpnOutsideIps(connection);
    if (ips.length === 0) continue;
    const row: VpnPublicIps = {
      accountId,
      region,
      connectionId: connection.VpnConnectionId ?? '',
      address1: ips[0] ?? '',
      address2: ips[1] ?? '',
    };
    if (connection.State !== undefined) row.state = connection.State;
    rows.push(row);
  }
  return rows;
}
