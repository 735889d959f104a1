// Fixture for the diagnostics quick fix: a server error sent while the site is in maintenance.
const express = require('express');

const app = express();

app.get('/orders', (req, res) => {
  if (maintenanceMode) {
    return res.status(500).send('Down for maintenance');
  }
  res.json([]);
});
