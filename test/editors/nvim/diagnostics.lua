-- The flagship fix as a Neovim 0.7 user gets it: the diagnostic on res.status(500) in a maintenance
-- branch, then the code action, requested exactly like vim.lsp.buf.code_action() does in 0.7 (its
-- context.diagnostics come from vim.lsp.diagnostic.get_line_diagnostics, with BYTE columns on this
-- line full of é and 🚧), applied with vim.lsp.util.apply_workspace_edit; the buffer is then read back.
local h = require('harness')

h.run('diagnostics: 500 in a maintenance branch → 503 + Retry-After, applied in the buffer', function()
  local buf = h.open('app.js', {
    "const express = require('express');",
    'const app = express();',
    "app.get('/café', (req, res) => {",
    '  if (maintenanceMode) {',
    "    const note = 'Wartung 🚧 é'; return res.status(500).send(note);",
    '  }',
    '});',
  })

  h.wait_for('the diagnostic', function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == 'prefer-503-for-unavailable' then return true end
    end
    return false
  end)
  local diagnostic
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'prefer-503-for-unavailable' then diagnostic = d end
  end
  h.eq(diagnostic.lnum, 4, 'the diagnostic is on the res.status(500) line')
  local line = vim.api.nvim_buf_get_lines(buf, 4, 5, true)[1]
  h.eq(line:sub(diagnostic.col + 1, diagnostic.end_col), '500', 'the diagnostic covers 500 (Neovim converted UTF-16 → bytes)')
  h.contains(diagnostic.message, 'Use 503 Service Unavailable with Retry-After')

  -- What Neovim 0.7's code_action() sends: the line's diagnostics converted back to LSP with byte columns.
  h.cursor_on(buf, '500', 1)
  local client = h.client()
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local echoed = params.context.diagnostics[1]
  h.ok(echoed, 'Neovim echoes the diagnostic back')
  local _, utf16 = vim.str_utfindex(line, diagnostic.col)
  h.eq(echoed.range.start.character - utf16, 3, 'Neovim 0.7 echoes byte columns (é and 🚧 count 3 more than in UTF-16)')
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, h.timeout_ms)
  local actions = responses[client.id].result
  local fix
  for _, action in ipairs(actions or {}) do
    if action.kind == 'quickfix' and action.title:find('503', 1, true) then fix = action end
  end
  h.ok(fix, 'no 503 quick fix among ' .. vim.inspect(actions))
  h.eq(fix.title, 'Use 503 Service Unavailable with Retry-After: 120')
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)

  h.eq(h.text(buf), table.concat({
    "const express = require('express');",
    'const app = express();',
    "app.get('/café', (req, res) => {",
    '  if (maintenanceMode) {',
    "    const note = 'Wartung 🚧 é'; return res.set('Retry-After', '120').status(503).send(note);",
    '  }',
    '});',
  }, '\n'), 'the buffer after the fix')

  -- The fixed buffer re-validates clean of the flagship diagnostic.
  h.wait_for('the diagnostic to go away', function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == 'prefer-503-for-unavailable' or d.code == 'retry-after-missing' then return false end
    end
    return true
  end)
end)
