import * as assert from 'assert';
import { problems } from './helpers';
import { maxLinearGrowth, perUnitGrowth } from '../../support/growth';

// Rules look around each status code through bounded windows: time grows with the text, not its square,
// even on one-line (minified) files dense with statuses and in one giant Go function. Measured as CPU
// time, medians of interleaved rounds (test/support/growth.ts), so a loaded machine cannot break it.
const shapes: [string, string, (n: number) => string][] = [
  ['minified JavaScript, one line', 'javascript', (n) => "const express=require('express');" + "app.post('/x',(req,res)=>{if(maintenance){return res.status(500).send('down')}res.redirect(302,'/y');res.status(204).json({a:1})});".repeat(n)],
  ['one giant Go function', 'go', (n) => 'package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n' + '\tw.WriteHeader(503)\n\tw.Header().Set("Retry-After", "30s")\n'.repeat(n) + '}\n'],
];

describe('diagnostics: linear time on dense and one-line files', () => {
  for (const [name, languageId, make] of shapes) {
    it(`${name}: per-character cost does not grow with size`, () => {
      // Big enough that the small run takes tens of milliseconds: a few ms of CPU time is mostly noise.
      const small = make(150);
      const large = make(1200);
      const { growth } = perUnitGrowth(() => problems(languageId, small), () => problems(languageId, large), large.length / small.length);
      // 8× the text: quadratic work would make this 8×.
      assert.ok(growth < maxLinearGrowth, `per-character cost grew ${growth.toFixed(2)}× (${small.length} → ${large.length} chars)`);
    });
  }
});
