// Fixture for the VS Code layer: a small Express app.
const express = require('express');

const app = express();

app.get('/upstream', async (req, res) => {
  try {
    const reply = await fetch('http://inventory.internal/items');
    res.json(await reply.json());
  } catch (error) {
    res.status(502).send('upstream unavailable');
  }
});

app.get('/café', (req, res) => { const note = 'é 🚀'; res.status(502).json({ note }); });

setTimeout(() => app.listen(3000), 500);
