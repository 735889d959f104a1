-- A tiny test harness for driving the language server from headless Neovim 0.7 with its built-in
-- LSP client, the way a Neovim user's editor does. Used by every test/editors/nvim/*.lua file:
--
--   local h = require('harness')
--   h.run('hover explains 502', function()
--     local buf = h.open('app.js', { 'res.status(502)' })     -- real file in a temp workspace, client attached
--     h.cursor_on(buf, '502')                                  -- place the cursor on a token (first match)
--     local hover = h.hover(buf)                               -- textDocument/hover at the cursor
--     h.contains(hover.text, '502 Bad Gateway')
--   end)
--
-- h.run catches errors, prints a result line and exits Neovim (0 = pass); a watchdog timer
-- ends a hung test. Output goes to stdout through io.stdout (print() goes to the message area).
local M = {}

M.server = assert(os.getenv('HSL_SERVER'), 'HSL_SERVER (path to dist/server.js) is not set')
M.workspace = assert(os.getenv('HSL_WORKSPACE'), 'HSL_WORKSPACE (a temp folder) is not set')
M.timeout_ms = tonumber(os.getenv('HSL_TIMEOUT_MS') or '') or 15000

local client_id = nil

function M.log(...)
  local parts = {}
  for i = 1, select('#', ...) do parts[#parts + 1] = tostring(select(i, ...)) end
  io.stdout:write(table.concat(parts, ' ') .. '\n')
end

--- Fails the current test with a message.
function M.fail(message)
  error(message, 2)
end

function M.ok(condition, message)
  if not condition then error(message or 'assertion failed', 2) end
end

function M.eq(actual, expected, message)
  if not vim.deep_equal(actual, expected) then
    error(string.format('%s\n  expected: %s\n  actual:   %s', message or 'not equal',
      vim.inspect(expected), vim.inspect(actual)), 2)
  end
end

--- Asserts that `text` contains `needle` literally.
function M.contains(text, needle, message)
  if type(text) ~= 'string' or not text:find(needle, 1, true) then
    error(string.format('%s\n  expected to contain: %s\n  actual: %s', message or 'missing text',
      vim.inspect(needle), vim.inspect(text)), 2)
  end
end

--- Waits until predicate() is truthy (events keep being processed), or fails.
function M.wait_for(what, predicate, timeout_ms)
  local ok = vim.wait(timeout_ms or M.timeout_ms, predicate, 20)
  if not ok then error('timed out waiting for ' .. what, 2) end
end

--- Starts (once) the server: `node dist/server.js --stdio`, rooted at the temp workspace.
function M.client()
  if client_id == nil then
    client_id = vim.lsp.start_client({
      name = 'http-status-lens',
      cmd = { os.getenv('HSL_NODE') or 'node', M.server, '--stdio' },
      root_dir = M.workspace,
      flags = { debounce_text_changes = 0 },
    })
    M.ok(client_id, 'vim.lsp.start_client returned nil')
  end
  local client = vim.lsp.get_client_by_id(client_id)
  M.ok(client, 'the language server exited')
  return client
end

--- Writes `lines` to <workspace>/<relpath>, opens it in a buffer and attaches the server.
--- Returns the buffer number once the server is initialized and has the document.
function M.open(relpath, lines)
  local file = M.workspace .. '/' .. relpath
  vim.fn.mkdir(vim.fn.fnamemodify(file, ':h'), 'p')
  vim.fn.writefile(lines, file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client = M.client()
  vim.lsp.buf_attach_client(buf, client.id)
  M.wait_for('the server to initialize', function() return client.initialized end)
  M.wait_for('the buffer to attach', function() return vim.lsp.buf_is_attached(buf, client.id) end)
  return buf
end

--- Moves the cursor onto the `nth` (default 1st) literal occurrence of `needle` in the buffer.
--- Returns the 0-based line and byte column.
function M.cursor_on(buf, needle, nth)
  nth = nth or 1
  local seen = 0
  for row, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local from = 1
    while true do
      local s = line:find(needle, from, true)
      if not s then break end
      seen = seen + 1
      if seen == nth then
        vim.api.nvim_win_set_cursor(0, { row, s - 1 })
        return row - 1, s - 1
      end
      from = s + 1
    end
  end
  error('text not found in buffer: ' .. needle, 2)
end

--- Sends a request for the cursor position (UTF-16 columns, as Neovim computes them) and returns
--- the single server's result, or nil.
function M.request_at_cursor(buf, method, extra)
  local client = M.client()
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  for k, v in pairs(extra or {}) do params[k] = v end
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, M.timeout_ms)
  M.ok(responses, method .. ' failed: ' .. tostring(err))
  local response = responses[client.id]
  M.ok(response, method .. ': no response from the server')
  M.ok(not response.err, method .. ' returned an error: ' .. vim.inspect(response.err))
  return response.result, params
end

--- Hover at the cursor. Returns nil or { text = <markdown as Neovim renders it>, range_text = <the
--- buffer text the hover's range covers>, result = <raw result> }.
function M.hover(buf)
  local result = M.request_at_cursor(buf, 'textDocument/hover')
  if result == nil then return nil end
  local lines = vim.lsp.util.trim_empty_lines(vim.lsp.util.convert_input_to_markdown_lines(result.contents))
  local hover = { text = table.concat(lines, '\n'), result = result }
  if result.range then hover.range_text = M.range_text(buf, result.range) end
  return hover
end

--- The buffer text covered by an LSP range (UTF-16 columns converted to bytes like Neovim does).
function M.range_text(buf, range)
  local enc = M.client().offset_encoding
  local function byte_col(pos)
    local line = vim.api.nvim_buf_get_lines(buf, pos.line, pos.line + 1, true)[1]
    return vim.str_byteindex(line, pos.character, enc == 'utf-16'), line
  end
  local s = byte_col(range.start)
  local e, line = byte_col(range['end'])
  M.eq(range.start.line, range['end'].line, 'multi-line range')
  return line:sub(s + 1, e)
end

--- The buffer's text, lines joined by "\n".
function M.text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
end

--- Stops the server and waits for it to exit, so a test also proves a clean shutdown.
local function stop_server()
  if client_id == nil then return end
  local client = vim.lsp.get_client_by_id(client_id)
  if client then
    client.stop()
    M.wait_for('the server to shut down', function() return client.is_stopped() end, 5000)
  end
end

--- Runs a test body: exits Neovim with 0 when it passes, 1 (and the error) when it fails.
function M.run(name, body)
  local watchdog = vim.loop.new_timer()
  -- A plain luv callback (not vim.schedule) still fires while the test is stuck in vim.wait.
  watchdog:start(M.timeout_ms * 4, 0, function()
    io.stderr:write('watchdog: ' .. name .. ' did not finish in ' .. (M.timeout_ms * 4 / 1000) .. ' s\n')
    os.exit(3)
  end)
  local ok, err = xpcall(body, debug.traceback)
  if ok then ok, err = xpcall(stop_server, debug.traceback) end
  watchdog:stop()
  if ok then
    M.log('ok   ' .. name)
    vim.cmd('qall!')
  else
    M.log('FAIL ' .. name .. '\n' .. tostring(err))
    vim.cmd('cquit 1')
  end
end

return M
