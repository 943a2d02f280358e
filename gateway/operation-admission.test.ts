import { defaultAdmissionLimit, OperationAdmission } from "./operation-admission";

/** An operation that runs until the test lets it finish, logging when it starts. */
function held(log: string[], name: string) {
  let finish: (value: string) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const operation = () => {
    log.push(`${name} started`);
    return new Promise<string>((resolve, reject) => ([finish, fail] = [resolve, reject]));
  };
  return { operation, finish: () => finish(name), fail: (e: Error) => fail(e) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const present = () => false;

test("no more than the limit run at once; the rest start in arrival order", async () => {
  const admission = new OperationAdmission(2);
  const log: string[] = [];
  const views = ["a", "b", "c", "d"].map((name) => held(log, name));
  const answers = views.map((v) => admission.admit(v.operation, present));
  await settle();
  expect(log).toEqual(["a started", "b started"]);
  expect(admission.queued).toBe(2);
  views[1].finish();
  await settle();
  expect(log).toEqual(["a started", "b started", "c started"]);
  views[0].finish();
  views[2].finish();
  await settle();
  views[3].finish();
  expect(await Promise.all(answers)).toEqual(["a", "b", "c", "d"]);
  expect(log.at(-1)).toBe("d started");
  expect(admission.queued).toBe(0);
});

test("a failed operation gives its place to the next, and its error to its caller", async () => {
  const admission = new OperationAdmission(1);
  const log: string[] = [];
  const [broken, next] = [held(log, "broken"), held(log, "next")];
  const failed = admission.admit(broken.operation, present);
  const waiting = admission.admit(next.operation, present);
  await settle();
  broken.fail(new Error("subgraph gone"));
  await expect(failed).rejects.toThrow("subgraph gone");
  await settle();
  expect(log).toEqual(["broken started", "next started"]);
  next.finish();
  expect(await waiting).toBe("next");
});

test("one that arrives as a place frees still waits behind the queue", async () => {
  const admission = new OperationAdmission(1);
  const log: string[] = [];
  const [first, queued, late] = ["first", "queued", "late"].map((name) => held(log, name));
  admission.admit(first.operation, present);
  admission.admit(queued.operation, present);
  await settle();
  first.finish();
  // Arrives in the same tick as the freed place: it still waits behind `queued`.
  admission.admit(late.operation, present);
  await settle();
  expect(log).toEqual(["first started", "queued started"]);
  queued.finish();
  await settle();
  expect(log.at(-1)).toBe("late started");
  late.finish();
});

test("a client gone while waiting gets no work done", async () => {
  const admission = new OperationAdmission(1);
  const log: string[] = [];
  const [first, gone, after] = ["first", "gone", "after"].map((name) => held(log, name));
  admission.admit(first.operation, present);
  const skipped = admission.admit(gone.operation, () => true);
  const answered = admission.admit(after.operation, present);
  await settle();
  first.finish();
  expect(await skipped).toBeUndefined();
  await settle();
  after.finish();
  expect(await answered).toBe("after");
  expect(log).toEqual(["first started", "after started"]);
});

test("the limit is a whole number, and by default eight per core", () => {
  expect(() => new OperationAdmission(0)).toThrow(RangeError);
  expect(() => new OperationAdmission(2.5)).toThrow(RangeError);
  expect(defaultAdmissionLimit() % 8).toBe(0);
  expect(defaultAdmissionLimit()).toBeGreaterThanOrEqual(8);
});
