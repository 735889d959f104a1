// Generated handler files on which a rule or its fix once went wrong, found by `npm run fuzz`; replayed by
// the rules fuzz test before any generated case, for ever.
export interface RuleRegression {
  framework: string;
  languageId: string;
  text: string;
}

/** Two Express handlers; the fix for the first one's status wrote its header where the second one's rule read it too (issue 15). */
const twoHandlers = (first: number, second: number) => ({
  framework: 'express', languageId: 'javascript',
  text: `const express = require('express');\nconst app = express();\napp.get('/r0', (req, res) => {\n  res.status(${first}).end();\n});\n\napp.get('/r1', (req, res) => {\n  res.status(${second}).end();\n});\n`,
});

export const ruleRegressions: Record<string, RuleRegression[]> = {
  'retry-after-missing': [twoHandlers(503, 429)],
  'required-header-missing': [twoHandlers(401, 401)],
  'location-missing': [twoHandlers(301, 301), twoHandlers(201, 308)],
  'go-header-after-write': [
    // The fix moved the header before the last write (w.Write), still after w.WriteHeader: now before the first.
    {
      framework: 'go', languageId: 'go',
      text: 'package main\n\nimport "net/http"\nfunc h0(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(200)\n\tw.Write([]byte("failed"))\n\tw.Header().Set("Content-Location", "/x")\n}\n\nfunc h1(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(200)\n}\n',
    },
  ],
};
