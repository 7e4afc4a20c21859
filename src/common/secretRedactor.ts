// Values masked in the log (credentials, tokens) must not reach the report files either: an AWS
// error message or an endpoint's answer may quote them. The log has GitHub's masking; files get
// this one, applied where outside text enters the reports.
const REDACTED = '***';

/** Masks shorter than this would shred ordinary words; no credential is this short. */
const SHORTEST = 8;

export class SecretRedactor {
  private readonly secrets = new Set<string>();
  /** The secrets longest first, kept sorted as they are added: redact runs per scan error. */
  private ordered: string[] = [];

  /**
   * Also masks the forms a secret takes in a URL or a log: without its padding, percent-encoded
   * (either case of hex digits), or both.
   */
  add(secret: string): void {
    const unpadded = secret.replace(/=+$/, '');
    const encoded = [secret, unpadded].map(encodeURIComponent);
    const lowerHex = encoded.map((e) => e.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()));
    const forms = [secret, unpadded, ...encoded, ...lowerHex];
    const fresh = forms.filter((form) => form.length >= SHORTEST && !this.secrets.has(form));
    if (fresh.length === 0) return;
    for (const form of fresh) this.secrets.add(form);
    this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
  }

  /** `text` with every secret replaced by `***`, longest first (a secret may contain another). */
  redact(text: string): string {
    let result = text;
    for (const secret of this.ordered) {
      result = result.split(secret).join(REDACTED);
    }
    return result;
  }
}
