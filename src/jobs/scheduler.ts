// Periodic maintenance within the server process. Each task guards itself against
// running on several instances at once (advisory locks); a failure is logged and the
// task simply runs again next time.

export interface Scheduler {
  stop(): Promise<void>;
}

export function every(
  tasks: { name: string; intervalMs: number; run: () => Promise<unknown> }[],
  onError: (name: string, error: unknown) => void,
): Scheduler {
  const running = new Set<Promise<unknown>>();
  const timers = tasks.map((task) => {
    const timer = setInterval(() => {
      const job = task
        .run()
        .catch((error: unknown) => onError(task.name, error))
        .finally(() => running.delete(job));
      running.add(job);
    }, task.intervalMs);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      timers.forEach(clearInterval);
      await Promise.all([...running]);
    },
  };
}
