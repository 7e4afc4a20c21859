// A dependency as people read it, e.g. for the `depends on` column of *_plan_changes.csv.
import type { PlanDependency } from './types.js';

/** `map_public_ip_on_launch of aws_subnet.public (known after apply)`. */
export function dependencyText(dependency: PlanDependency): string {
  return `${dependency.attribute} of ${dependency.resource} (${dependency.reason})`;
}
