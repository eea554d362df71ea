/**
 * Mutation fuzzing over our fixtures and examples and, when it is there, the shared corpus:
 * thousands of mutated configurations through the reader, parser, analysis, validation and the
 * editor features, checking the invariants of fuzz.ts. `npm test` runs a bounded number;
 * `npm run fuzz` (FUZZ_RUNS=20000) runs many more with a random seed.
 *
 * A failure prints the seed and the shrunk input: save the input under test/regressions/ (one
 * file per crash) so regressions.test.ts replays it forever.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkInvariants, corpusSeeds, fuzzRuns, fuzzSeed, mutatedArb, projectSeeds, readerProgramArb, type Seed } from './fuzz';

const DEFAULT_SEED = 20251126;

function run(seeds: readonly Seed[], runs: number): void {
  fc.assert(
    fc.property(mutatedArb(seeds), (text) => {
      checkInvariants(text);
    }),
    { numRuns: runs, seed: fuzzSeed() ?? (process.env.FUZZ_RUNS ? undefined : DEFAULT_SEED), endOnFailure: false },
  );
}

describe('robustness: mutation fuzzing', function () {
  this.timeout(Math.max(60_000, fuzzRuns(0) * 50));
  const project = projectSeeds();

  it('has seeds from test/fixtures and examples', () => {
    assert.ok(project.length >= 3, `only ${project.length} seed files found`);
  });

  it('every seed as it is satisfies the invariants', () => {
    for (const s of project) {
      try {
        checkInvariants(s.text);
      } catch (e) {
        throw new Error(`${s.name}: ${(e as Error).message}`, { cause: e });
      }
    }
  });

  it(`mutated fixtures and examples (${fuzzRuns(400)} inputs)`, () => {
    run(project, fuzzRuns(400));
  });

  it(`generated reader programs: $NAME, ~SEQ, ~LST, @id, includes (${fuzzRuns(300)} inputs, each bounded in time)`, () => {
    fc.assert(
      fc.property(readerProgramArb, (text) => {
        const t0 = Date.now();
        checkInvariants(text, { offsets: [0, text.length] });
        const ms = Date.now() - t0;
        if (ms > 10_000) throw new Error(`took ${ms} ms`);
      }),
      { numRuns: fuzzRuns(300), seed: fuzzSeed() ?? (process.env.FUZZ_RUNS ? undefined : DEFAULT_SEED) },
    );
  });

  const corpus = corpusSeeds();
  if (!corpus) {
    it.skip('mutated shared corpus: ../shared/corpus is absent beside the clone, so these inputs are skipped', () => undefined);
  } else {
    it('every corpus file as it is satisfies the invariants', () => {
      for (const s of corpus) {
        try {
          checkInvariants(s.text);
        } catch (e) {
          throw new Error(`corpus ${s.name}: ${(e as Error).message}`, { cause: e });
        }
      }
    });
    it(`mutated shared corpus (${fuzzRuns(600)} inputs)`, () => {
      run(corpus, fuzzRuns(600));
    });
  }
});
