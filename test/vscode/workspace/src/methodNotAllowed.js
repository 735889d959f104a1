// Fixture for the snippet fix: "method not allowed" sent without the header that must come with it.
const express = require('express');

const app = express();

app.all('/reports', (req, res) => {
  res.status(405).end();
});
