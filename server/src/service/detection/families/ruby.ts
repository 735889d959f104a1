// Ruby: Rails (head, render status:, redirect_to status:, symbols), Sinatra (status, halt, error), Rack
// triples, RSpec/minitest (have_http_status, assert_response), Net::HTTP (response.code).
import { FamilyRules, FileHints } from '../familyRules';
import { railsSymbols } from '../names/rails';

function rubyFramework(context: string, file: FileHints): string | undefined {
  if (file.has('sinatra') || context === 'call:halt' || context === 'call:error') return 'sinatra';
  if (context === 'rack:response') return 'rack';
  if (file.has('Net::HTTP')) return 'net-http';
  return 'rails';
}

export const rubyRules: FamilyRules = {
  family: 'ruby',
  syntax: {
    slashComments: false, hashComments: true, tripleQuotes: false, backtickStrings: true, regexLiterals: false,
    singleLineStrings: false, ruby: true,
  },
  calls: {
    head: { args: [0] },
    halt: { args: [0] },
    assert_response: { args: [0] },
    redirect: { args: [1] },
    error: { args: [0, 1], receiver: (r) => r === '' },
    status_code: { args: [0], receiver: (r) => /Rack::Utils|Utils/.test(r) },
  },
  commands: new Set(['head', 'halt', 'status', 'assert_response', 'have_http_status', 'error', 'redirect']),
  qualifiers: new Set([]),
  constant: () => undefined,
  symbols: (name) => railsSymbols.get(name),
  rackTriples: true,
  caseLines: true,
  framework: rubyFramework,
};
