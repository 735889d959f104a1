-- Completion as Neovim's built-in client asks for it: status codes in a status context, and the
-- member names of Go's http.Status… constants.
local h = require('harness')

local function labels(result)
  local items = result and (result.items or result) or {}
  local out = {}
  for _, item in ipairs(items) do out[#out + 1] = item.label end
  return out, items
end

h.run('completion: res.status( offers status codes; http.Status offers Go constants', function()
  local buf = h.open('app.js', { 'app.get("/", (req, res) => res.status() );' })
  local row, col = h.cursor_on(buf, ')', 2) -- the ")" of res.status()
  vim.api.nvim_win_set_cursor(0, { row + 1, col })
  local js, js_items = labels(h.request_at_cursor(buf, 'textDocument/completion'))
  h.ok(vim.tbl_contains(js, '404'), 'no 404 among: ' .. table.concat(js, ' '))
  h.ok(vim.tbl_contains(js, '503'), 'no 503 among the completions')
  for _, item in ipairs(js_items) do
    if item.label == '404' then h.contains(item.detail or '', 'Not Found') end
  end

  local go = h.open('main.go', { 'package main', '', 'func h(w http.ResponseWriter) {', '\tw.WriteHeader(http.Status)', '}' })
  local grow, gcol = h.cursor_on(go, 'Status)', 1)
  vim.api.nvim_win_set_cursor(0, { grow + 1, gcol + #'Status' })
  local members = labels(h.request_at_cursor(go, 'textDocument/completion'))
  h.ok(vim.tbl_contains(members, 'StatusNotFound'), 'no StatusNotFound among: ' .. table.concat(members, ' '))
  h.ok(not vim.tbl_contains(members, '404'), 'numbers offered where a constant name is being typed')
end)
