import { describe, expect, it } from 'vitest';
import { vpnPublicIps } from '../../../src/analyze/vpnConnections.js';
import { ACCOUNT, REGION, vpn } from './builders.js';

describe('vpnPublicIps', () => {
  it('lists the public tunnel outside addresses', () => {
    expect(vpnPublicIps(ACCOUNT, REGION, [vpn()])).toEqual([
      {
        accountId: ACCOUNT,
        region: REGION,
        connectionId: 'vpn-1',
        address1: '3.0.0.1',
        address2: '3.0.0.2',
        state: 'available',
      },
    ]);
  });

  it('skips deleted and deleting connections (the Python script listed them)', () => {
    const connections = [
      vpn({ VpnConnectionId: 'vpn-deleted', State: 'deleted' }),
      vpn({ VpnConnectionId: 'vpn-deleting', State: 'deleting' }),
      vpn({ VpnConnectionId: 'vpn-pending', State: 'pending' }),
    ];
    expect(vpnPublicIps(ACCOUNT, REGION, connections).map((row) => row.connectionId)).toEqual([
      'vpn-pending',
    ]);
  });

  it('falls back to VgwTelemetry when TunnelOptions names no address', () => {
    const connection = vpn({
      Options: { TunnelOptions: [{}, {}] },
      VgwTelemetry: [{ OutsideIpAddress: '3.0.0.7' }, { OutsideIpAddress: '3.0.0.8' }],
    });
    expect(vpnPublicIps(ACCOUNT, REGION, [connection])).toEqual([
      {
        accountId: ACCOUNT,
        region: REGION,
        connectionId: 'vpn-1',
        address1: '3.0.0.7',
        address2: '3.0.0.8',
        state: 'available',
      },
    ]);
  });

  it('a single public address leaves address2 empty; private outside addresses are not listed', () => {
    const connections = [
      vpn({
        VpnConnectionId: 'vpn-one',
        Options: { TunnelOptions: [{ OutsideIpAddress: '3.0.0.1' }] },
      }),
      vpn({
        VpnConnectionId: 'vpn-private',
        Options: {
          OutsideIpAddressType: 'PrivateIpv4',
          TunnelOptions: [{ OutsideIpAddress: '10.1.0.1' }, { OutsideIpAddress: '10.1.0.2' }],
        },
      }),
      vpn({ VpnConnectionId: 'vpn-none', Options: undefined, VgwTelemetry: undefined }),
    ];
    expect(vpnPublicIps(ACCOUNT, REGION, connections)).toEqual([
      {
        accountId: ACCOUNT,
        region: REGION,
        connectionId: 'vpn-one',
        address1: '3.0.0.1',
        address2: '',
        state: 'available',
      },
    ]);
  });

  it('no rows when DescribeVpnConnections failed', () => {
    expect(vpnPublicIps(ACCOUNT, REGION, undefined)).toEqual([]);
  });
});
