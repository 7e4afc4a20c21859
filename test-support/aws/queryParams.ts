// Reads a query-protocol form body (`Filter.1.Name=x&Filter.1.Value.1=y`, or awsQuery's
// `PolicyArns.member.1.arn=...`) into a tree, with typed accessors for handlers.
export type QueryValue = string | QueryValue[] | { [key: string]: QueryValue };
type Tree = { [key: string]: Tree | string };

export interface Ec2Filter {
  name: string;
  values: string[];
}

function isIndex(segment: string): boolean {
  return /^[1-9]\d*$/.test(segment);
}

/** Turns objects keyed only by 1-based indexes into arrays, in index order. */
function normalize(node: Tree | string): QueryValue {
  if (typeof node === 'string') return node;
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every(isIndex)) {
    return keys
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => normalize(node[k] as Tree | string));
  }
  const out = Object.create(null) as { [key: string]: QueryValue };
  for (const k of keys) out[k] = normalize(node[k] as Tree | string);
  return out;
}

export class QueryParams {
  private constructor(readonly tree: { [key: string]: QueryValue }) {}

  static parse(body: string): QueryParams {
    const root: Tree = Object.create(null) as Tree;
    for (const [key, value] of new URLSearchParams(body)) {
      // awsQuery lists put `member` before the index; ec2Query lists do not.
      const path = key
        .split('.')
        .filter((s, i, all) => !(s === 'member' && isIndex(all[i + 1] ?? '')));
      let node = root;
      path.forEach((segment, i) => {
        if (i === path.length - 1) {
          node[segment] = value;
          return;
        }
        const next = node[segment];
        if (typeof next === 'object') {
          node = next;
        } else {
          const created: Tree = Object.create(null) as Tree;
          node[segment] = created;
          node = created;
        }
      });
    }
    return new QueryParams(normalize(root) as { [key: string]: QueryValue });
  }

  string(key: string): string | undefined {
    const v = this.tree[key];
    return typeof v === 'string' ? v : undefined;
  }

  number(key: string): number | undefined {
    const v = this.string(key);
    return v === undefined || v === '' ? undefined : Number(v);
  }

  bool(key: string): boolean | undefined {
    const v = this.string(key);
    return v === undefined ? undefined : v === 'true';
  }

  /** `Key.1=a&Key.2=b` as ['a', 'b']; a lone `Key=a` as ['a']. */
  list(key: string): string[] {
    const v = this.tree[key];
    if (typeof v === 'string') return v === '' ? [] : [v];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  /** EC2's `Filter.N.Name` / `Filter.N.Value.M`. */
  filters(): Ec2Filter[] {
    const v = this.tree['Filter'];
    if (!Array.isArray(v)) return [];
    return v.flatMap((f) => {
      if (typeof f !== 'object' || Array.isArray(f)) return [];
      const name = f['Name'];
      const values = f['Value'];
      if (typeof name !== 'string') return [];
      const list = Array.isArray(values) ? values : values === undefined ? [] : [values];
      return [{ name, values: list.filter((x): x is string => typeof x === 'string') }];
    });
  }
}
