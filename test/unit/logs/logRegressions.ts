// Log lines that once made a reader throw, kept for ever: each is replayed by the hostile-log tests, in the
// reader, the detector and the summary. `codes` is what the detector must find in the line.
import { LogFormatId } from '../../../server/src/service/logs/types';

export interface LogRegression {
  format: Exclude<LogFormatId, 'har'>;
  line: string;
  codes: number[];
  /** Where it was found. */
  found: string;
}

export const logRegressions: LogRegression[] = [
  {
    // A stray quote before the first field made the classic ELB reader count fields from the wrong place:
    // "Cannot read properties of undefined (reading 'text')" (issue 16). Now: a malformed line, no status.
    format: 'elb',
    line: '2026-11-24T10:00:43.945958Z "my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 200 200 0 29 ""ttp://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -',
    codes: [],
    found: 'npm test, random seed of the log fuzz test (issue 16)',
  },
  {
    // The same stray quote in an Application Load Balancer line.
    format: 'alb',
    line: 'http 2026-11-24T10:00:00.186641Z "app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 502 34 366 ""GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - -',
    codes: [],
    found: 'issue 16: the ALB reader counted fields the same way',
  },
];
