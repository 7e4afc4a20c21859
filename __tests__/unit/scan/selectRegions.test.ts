import { describe, expect, it } from 'vitest';
import { selectRegions } from '../../../src/scan/selectRegions.js';

describe('selectRegions', () => {
  it('scans every enabled region unless regions were named', () => {
    expect(selectRegions(undefined, ['eu-west-1', 'us-east-1'])).toEqual({
      scan: ['eu-west-1', 'us-east-1'],
      notEnabled: [],
    });
  });

  it('keeps named regions that are enabled and reports the others', () => {
    expect(selectRegions(['us-east-1', 'ap-east-1'], ['eu-west-1', 'us-east-1'])).toEqual({
      scan: ['us-east-1'],
      notEnabled: ['ap-east-1'],
    });
  });

  it('leaves the excluded regions out of the enabled ones, and says which it left out', () => {
    expect(
      selectRegions(
        undefined,
        ['eu-west-1', 'me-south-1', 'us-east-1'],
        ['me-south-1', 'ap-east-1'],
      ),
    ).toEqual({ scan: ['eu-west-1', 'us-east-1'], notEnabled: [], excluded: ['me-south-1'] });
  });

  it('tries the named regions when DescribeRegions failed', () => {
    expect(selectRegions(['us-east-1'], undefined)).toEqual({
      scan: ['us-east-1'],
      notEnabled: [],
    });
    expect(selectRegions(undefined, undefined)).toEqual({ scan: [], notEnabled: [] });
  });
});
