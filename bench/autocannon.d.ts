// autocannon ships no types; this covers what bench/run.ts and bench/outbound.ts use.
declare module "autocannon" {
  type Req = { method?: string; body?: string; headers?: Record<string, string>; path?: string };
  type Options = {
    url: string;
    connections: number;
    duration: number;
    pipelining?: number;
    requests?: (Req & { setupRequest?: (req: Req) => Req })[];
  };
  type Result = {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
