// The growth measure itself: it must tell quadratic work from linear work, or the linear-time tests prove nothing.
import * as assert from 'assert';
import { maxLinearGrowth, perUnitGrowth } from '../../support/growth';

function linear(n: number): number {
  let x = 0;
  for (let i = 0; i < n * 2000; i++) x = (x * 31 + i) | 0;
  return x;
}

function quadratic(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) x = (x * 31 + j) | 0;
  return x;
}

describe('growth measure (test/support/growth.ts)', () => {
  it('finds linear work within the bound and quadratic work far outside it', () => {
    let sink = 0;
    const lin = perUnitGrowth(() => { sink += linear(1000); }, () => { sink += linear(8000); }, 8);
    const quad = perUnitGrowth(() => { sink += quadratic(1000); }, () => { sink += quadratic(8000); }, 8);
    assert.ok(lin.growth <= maxLinearGrowth, `linear work measured as ${lin.growth.toFixed(2)}×`);
    assert.ok(quad.growth > maxLinearGrowth * 2, `quadratic work measured as only ${quad.growth.toFixed(2)}×`);
    // Measured again each time it read high, and the lowest of all the tries still far outside the bound:
    // taking the lowest of several measures cannot hide quadratic work.
    assert.strictEqual(quad.attempts, 3);
    assert.notStrictEqual(sink, 0.5);
  });
});
