// How each paginated service refuses a bad MaxResults or a token it did not issue.
import { awsError } from './awsError.js';
import type { PageErrors } from './pageOf.js';

export const pageErrors: Record<'ec2' | 'organizations' | 'globalaccelerator' | 'ce', PageErrors> =
  {
    ec2: {
      invalidToken: () => awsError('ec2', 'InvalidPaginationToken'),
      invalidMaxResults: (value, limits) =>
        awsError(
          'ec2',
          'InvalidParameterValue',
          value < limits.min
            ? `Value ( ${value} ) for parameter maxResults is invalid. Expecting a value greater than ${limits.min}.`
            : `Value ( ${value} ) for parameter maxResults is invalid. Expecting a value less than or equal to ${limits.max}.`,
        ),
    },
    organizations: {
      invalidToken: () =>
        awsError('organizations', 'InvalidInputException', 'The provided token is invalid.', {
          Reason: 'INVALID_PAGINATION_TOKEN',
        }),
      invalidMaxResults: (value, limits) =>
        awsError(
          'organizations',
          'InvalidInputException',
          `MaxResults ${value} is out of range ${limits.min}-${limits.max}.`,
          { Reason: value < limits.min ? 'MIN_VALUE_EXCEEDED' : 'MAX_VALUE_EXCEEDED' },
        ),
    },
    globalaccelerator: {
      invalidToken: () => awsError('globalaccelerator', 'InvalidNextTokenException'),
      invalidMaxResults: (value, limits) =>
        awsError(
          'globalaccelerator',
          'InvalidArgumentException',
          `MaxResults ${value} is out of range ${limits.min}-${limits.max}.`,
        ),
    },
    // Cost Explorer tells a token it cannot read from one it issued for other parameters.
    ce: {
      invalidToken: () => awsError('ce', 'InvalidNextTokenException'),
      changedRequest: () => awsError('ce', 'RequestChangedException'),
      invalidMaxResults: (value, limits) =>
        awsError(
          'ce',
          'ValidationException',
          `MaxResults ${value} is out of range ${limits.min}-${limits.max}.`,
        ),
    },
  };
