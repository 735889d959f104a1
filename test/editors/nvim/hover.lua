-- Hover over a status code as Neovim's built-in LSP client sees it, including a line where `é`
-- and an emoji come before the code (Neovim sends UTF-16 columns; a server counting bytes or
-- code points would miss the token).
local h = require('harness')

h.run('hover: res.status(502) in JavaScript, plain and after é + emoji', function()
  local buf = h.open('app.js', {
    "const express = require('express');",
    'const app = express();',
    "app.get('/upstream', (req, res) => {",
    '  res.status(502).send("upstream down");',
    '});',
    "app.get('/café', (req, res) => { const note = 'é 🚀'; res.status(502).json({ note }); });",
  })

  h.cursor_on(buf, '502', 1)
  local plain = h.hover(buf)
  h.ok(plain, 'no hover on 502 in res.status(502)')
  h.contains(plain.text, '502 Bad Gateway')
  h.contains(plain.text:lower(), 'gateway or proxy')
  h.eq(plain.range_text, '502', 'the hover range covers the code')

  local _, byte_col = h.cursor_on(buf, '502', 2)
  local params = vim.lsp.util.make_position_params(0, h.client().offset_encoding)
  -- Before the code: é twice (2 bytes, 1 UTF-16 unit each) and 🚀 (4 bytes, 2 units): 4 apart.
  h.eq(byte_col - params.position.character, 4, 'Neovim sends UTF-16 columns')
  local unicode = h.hover(buf)
  h.ok(unicode, 'no hover on 502 after é and an emoji')
  h.contains(unicode.text, '502 Bad Gateway')
  h.eq(unicode.range_text, '502', 'the hover range covers the code in UTF-16 columns')

  h.cursor_on(buf, 'express', 1)
  h.eq(h.hover(buf), nil, 'no hover away from status codes')
end)
