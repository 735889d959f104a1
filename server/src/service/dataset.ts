// The shape of data/status-codes.json, and an index over it.
// The service never reads files: callers load the JSON and pass it in, so tests can use tiny tables.

export type RegistryStatus = 'permanent' | 'temporary' | 'unused' | 'obsolete';

export interface SpecLink {
  /** e.g. "RFC 9110, Section 15.6.4" */
  title: string;
  /** e.g. "https://www.rfc-editor.org/rfc/rfc9110#status.503" */
  url: string;
}

export interface SubStatus {
  /** e.g. "404.13" */
  code: string;
  name: string;
}

/** Who takes part in a request flow (data/status-codes.schema.json fixes the set). */
export type FlowActorId = 'client' | 'cache' | 'cdn' | 'load-balancer' | 'proxy' | 'server' | 'upstream' | 'auth-server';

export interface FlowActor {
  /** "Gateway / proxy" */
  name: string;
  /** "Proxy", for one-line flows. */
  short: string;
}

/** One step of a request flow: who acts, and what happens there. */
export interface FlowStep {
  actor: FlowActorId;
  /** Continues the actor's name, present tense: "forwards it to the upstream". */
  does: string;
  /** The exchange goes wrong here (drawn with ✕). */
  fails?: boolean;
  /** This step produces the status (or, for a code that is only logged, records it). One per flow. */
  producesStatus?: boolean;
  /** The status the client receives when it differs from the code (NGINX 494 is sent as 400). */
  sentAs?: number;
}

/** One meaning of a status code, from one source (the IETF/IANA, or a vendor). */
export interface StatusMeaning {
  /** Key into Dataset.sources: "iana", "nginx", "cloudflare", "aws-elb", "iis", "laravel", ... */
  source: string;
  name: string;
  /** Older or alternative names ("Payload Too Large" for 413). */
  aliases?: string[];
  /** Only for the IANA meaning: the registry's status and reference. */
  registry?: { status: RegistryStatus; reference: string };
  /** One line. */
  summary: string;
  /** A few sentences in plain words. */
  description: string;
  whenToUse: string[];
  commonCauses: string[];
  /** Related header names, e.g. ["Retry-After"]. */
  headers: string[];
  /** Heuristically cacheable by default (RFC 9110, Section 15.1). */
  cacheable: boolean;
  /** Whether a response with this status may carry content. */
  bodyAllowed: boolean;
  /** Codes this one is often confused with. */
  confusedWith: number[];
  /** The request's path, in order, up to the status and any follow-up (redirect, retry, final response). */
  flow: FlowStep[];
  spec?: SpecLink;
  mdn?: string;
  /** For vendor codes: how it behaves on the wire ("logged only, never sent", "sent to the client as 400"). */
  onTheWire?: string;
  /** False when the code never reaches a client (NGINX 499 is only logged). */
  sentToClient?: boolean;
  subStatuses?: SubStatus[];
}

export interface StatusCodeEntry {
  code: number;
  /** The first meaning is the primary one (the IANA one where registered). */
  meanings: StatusMeaning[];
}

export interface StatusClass {
  /** "Informational", "Success", "Redirection", "Client Error", "Server Error" */
  title: string;
  summary: string;
}

export interface DataSource {
  name: string;
  url?: string;
  /** "standard" for the IETF/IANA, "vendor" for products, "unofficial" for conventions. */
  kind: 'standard' | 'vendor' | 'unofficial';
}

export interface DecisionGuideEntry {
  code: number;
  useWhen: string;
}

export interface Comparison {
  /** e.g. "500-502-503-504" */
  id: string;
  codes: number[];
  title: string;
  keyInsight: string;
  decisionGuide: DecisionGuideEntry[];
}

export interface Dataset {
  /** ISO date the texts were last reviewed. */
  updated: string;
  classes: Record<'1' | '2' | '3' | '4' | '5', StatusClass>;
  sources: Record<string, DataSource>;
  /** Names of the actors that flows use. */
  actors: Record<FlowActorId, FlowActor>;
  codes: StatusCodeEntry[];
  comparisons: Comparison[];
}

/** Read-only lookups over a dataset; build once and share. */
export class StatusCodeIndex {
  private readonly byCode = new Map<number, StatusCodeEntry>();
  private readonly byName = new Map<string, number>();

  constructor(readonly dataset: Dataset) {
    for (const entry of dataset.codes) {
      this.byCode.set(entry.code, entry);
      for (const meaning of entry.meanings) {
        for (const name of [meaning.name, ...(meaning.aliases ?? [])]) {
          const key = normalizeName(name);
          // The first (standard) meaning wins a clash of names.
          if (!this.byName.has(key)) this.byName.set(key, entry.code);
        }
      }
    }
  }

  get(code: number): StatusCodeEntry | undefined {
    return this.byCode.get(code);
  }

  /** The primary meaning: the IANA one where there is one, else the first listed. */
  primary(code: number): StatusMeaning | undefined {
    return this.byCode.get(code)?.meanings[0];
  }

  /** Looks up "Not Found", "not_found", "NOT-FOUND", "Payload Too Large"... */
  codeForName(name: string): number | undefined {
    return this.byName.get(normalizeName(name));
  }

  /** The display name of a meaning's source ("IANA", "NGINX"), or its id when the dataset lacks it. */
  sourceName(source: string): string {
    return this.dataset.sources[source]?.name ?? source;
  }

  classOf(code: number): StatusClass | undefined {
    const digit = String(Math.floor(code / 100));
    return (this.dataset.classes as Record<string, StatusClass>)[digit];
  }

  isStandard(code: number): boolean {
    return this.byCode.get(code)?.meanings.some((m) => m.source === 'iana') ?? false;
  }

  comparisonsWith(code: number): Comparison[] {
    return this.dataset.comparisons.filter((c) => c.codes.includes(code));
  }

  /** The curated comparison covering exactly these codes, or the smallest one covering all of them. */
  findComparison(codes: number[]): Comparison | undefined {
    const wanted = [...new Set(codes)].sort((a, b) => a - b);
    const covering = this.dataset.comparisons
      .filter((c) => wanted.every((code) => c.codes.includes(code)))
      .sort((a, b) => a.codes.length - b.codes.length);
    return covering[0];
  }

  all(): readonly StatusCodeEntry[] {
    return this.dataset.codes;
  }
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}
