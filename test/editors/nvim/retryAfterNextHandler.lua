-- Issue 15, as a Neovim 0.7 user meets it: two Express handlers each answer 503 without Retry-After.
-- The flagship fix ("Add Retry-After") applied in the first handler must not silence the second: the
-- header written in one handler is not written on the other's response. After the fix, the second 503
-- still has its diagnostic and still offers "Add Retry-After".
local h = require('harness')

local function retry_after_rows(buf)
  local rows = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'retry-after-missing' then table.insert(rows, d.lnum) end
  end
  table.sort(rows)
  return rows
end

local function add_retry_after_at(buf, nth)
  h.cursor_on(buf, '503', nth)
  local client = h.client()
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, h.timeout_ms)
  for _, action in ipairs((responses[client.id] or {}).result or {}) do
    if action.kind == 'quickfix' and action.title:find('Add Retry-After', 1, true) then return action, client end
  end
  return nil, client
end

h.run('diagnostics: after the Retry-After fix in one handler, the next handler\'s 503 still offers it', function()
  local buf = h.open('server.js', {
    "const express = require('express');",
    'const app = express();',
    "app.get('/maintenance', (req, res) => {",
    "  res.status(503).send('Down for maintenance');",
    '});',
    "app.get('/busy', (req, res) => {",
    "  res.status(503).send('Server overloaded, please retry');",
    '});',
  })

  h.wait_for('both 503s flagged', function() return #retry_after_rows(buf) == 2 end)
  h.eq(retry_after_rows(buf), { 3, 6 }, 'one retry-after-missing per handler')

  local fix, client = add_retry_after_at(buf, 1)
  h.ok(fix, 'the first 503 offers Add Retry-After')
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  h.eq(h.text(buf), table.concat({
    "const express = require('express');",
    'const app = express();',
    "app.get('/maintenance', (req, res) => {",
    "  res.set('Retry-After', '120');",
    "  res.status(503).send('Down for maintenance');",
    '});',
    "app.get('/busy', (req, res) => {",
    "  res.status(503).send('Server overloaded, please retry');",
    '});',
  }, '\n'), 'the fix writes the header on the first handler\'s response only')

  -- Re-validated: the first 503 is clean, the second keeps its diagnostic.
  h.wait_for('the first diagnostic to go', function()
    local rows = retry_after_rows(buf)
    return #rows == 1 and rows[1] == 7
  end)
  local second = add_retry_after_at(buf, 2)
  h.ok(second, 'the next handler\'s 503 still offers Add Retry-After')
  h.eq(second.title, 'Add Retry-After: 120')
end)
