/** The benchmark's command line: defaults, sizes, and a usage error (never a silent full run) for bad input. */
import { describe, expect, it } from "vitest";
import { BENCH_SECTIONS, BenchUsageError, parseBenchOptions } from "../../bench/bench-options.js";

describe("parseBenchOptions", () => {
  it("runs every section at full size by default, and small ones when quick", () => {
    const full = parseBenchOptions([], false);
    expect([...full.only]).toEqual([...BENCH_SECTIONS]);
    expect(full).toMatchObject({ help: false, keep: false, articles: 100000, sentences: 50000 });
    expect(full.events).toEqual([1000000, 10000000]);
    expect(parseBenchOptions([], true)).toMatchObject({ articles: 2000, sentences: 5000, events: [100000] });
  });

  it("reads sections and sizes", () => {
    const options = parseBenchOptions(
      ["--only", "coder,load", "--events", "1_000_000", "--sentences=2000", "--keep"],
      false,
    );
    expect([...options.only]).toEqual(["coder", "load"]);
    expect(options).toMatchObject({ events: [1000000], sentences: 2000, keep: true });
    expect(parseBenchOptions(["-h"], false).help).toBe(true);
  });

  it.each([
    [["--help-me"], /--help-me/],
    [["stray"], /stray/],
    [["--only", "coder,queries"], /--only: unknown section queries/],
    [["--articles", "ten"], /--articles: not a positive integer: ten/],
    [["--events", "1000,0"], /--events: not a positive integer: 0/],
    [["--sentences"], /--sentences/],
  ])("refuses %j with a message naming it", (args, message) => {
    expect(() => parseBenchOptions(args, false)).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(args, false)).toThrow(message);
  });
});
