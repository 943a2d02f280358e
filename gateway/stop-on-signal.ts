/** Stops a service cleanly on SIGINT or SIGTERM (Ctrl-C, `docker stop`), then exits. */
export function stopOnSignal(stop: () => Promise<void>): void {
  const handle = () => {
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", handle);
  process.once("SIGTERM", handle);
}
