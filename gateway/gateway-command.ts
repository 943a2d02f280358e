/**
 * How the gateway process is started wherever Medfuse deploys it (Dockerfile, docker-compose,
 * `npm run gateway`, the benchmark). A ward list parses, merges and re-shapes megabytes that
 * live for the whole request; in V8's default 16 MiB young generation they are copied by several
 * scavenges before they die. A 64 MiB semi-space took the collector's share of the gateway's
 * busy time from 18.7 % to 14.5 % (W2 at c=1, `npm run bench -- --cpu-profile`, BENCHMARKS.md).
 */
export const GATEWAY_COMMAND = [
  "node",
  "--max-semi-space-size=64",
  "dist/gateway/gateway-server.js",
];
