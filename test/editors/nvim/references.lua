-- Find All References and document highlights as Neovim's built-in client sees them (issue 17), in a
-- two-file workspace: the 503 literal in app.js finds the Go constant in handler.go, a file never
-- opened (the server's background index read it from disk); highlights cover every form of the code
-- in the buffer, after é and an emoji (UTF-16 columns).
local h = require('harness')

h.run('references and document highlights across a two-file workspace', function()
  -- On disk before the server starts: only the workspace index can know it.
  vim.fn.mkdir(h.workspace .. '/api', 'p')
  vim.fn.writefile({
    'package api',
    '',
    'func down(w http.ResponseWriter, r *http.Request) {',
    '\tw.Header().Set("Retry-After", "60")',
    '\tw.WriteHeader(http.StatusServiceUnavailable)',
    '}',
  }, h.workspace .. '/api/handler.go')

  local buf = h.open('app.js', {
    "import { StatusCodes } from 'http-status-codes';",
    "app.get('/café', (req, res) => { const note = 'é 🚀'; res.set('Retry-After', '60').status(503).json({ note }); });",
    "if (res.status === StatusCodes.SERVICE_UNAVAILABLE) retry();",
    'res.status(404).end();',
  })

  -- References from the literal after é and an emoji: both files, every form.
  h.cursor_on(buf, '503', 1)
  local refs
  h.wait_for('the workspace index to find handler.go', function()
    refs = h.request_at_cursor(buf, 'textDocument/references', { context = { includeDeclaration = true } })
    return refs ~= nil and #refs == 3
  end)
  local found = {}
  for _, location in ipairs(refs) do
    found[#found + 1] = vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ':t') .. ':' .. location.range.start.line
  end
  table.sort(found)
  h.eq(found, { 'app.js:1', 'app.js:2', 'handler.go:4' }, 'references of 503 in both files')
  for _, location in ipairs(refs) do
    if vim.uri_to_fname(location.uri):sub(-6) == 'app.js' and location.range.start.line == 1 then
      h.eq(h.range_text(buf, location.range), '503', 'the literal\'s range in UTF-16 columns')
    end
  end

  -- Document highlights from the constant: the literal and the constant, not 404.
  h.cursor_on(buf, 'SERVICE_UNAVAILABLE', 1)
  local highlights = h.request_at_cursor(buf, 'textDocument/documentHighlight')
  local texts = {}
  for _, highlight in ipairs(highlights) do texts[#texts + 1] = h.range_text(buf, highlight.range) end
  h.eq(texts, { '503', 'StatusCodes.SERVICE_UNAVAILABLE' }, 'every form of 503 in the buffer')

  h.cursor_on(buf, 'retry', 1)
  h.eq(#(h.request_at_cursor(buf, 'textDocument/documentHighlight') or {}), 0, 'nothing away from a code')
end)
