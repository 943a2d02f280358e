/** One structured logger for the gateway and its CLI; patient data never goes into a log line. */
import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level = process.env.MEDFUSE_LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { service: "medfuse" } });
}
