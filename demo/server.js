// Orders API (Express). Hover any status code; the maintenance branch has a quick fix waiting.
const express = require('express');
const { findOrder, createOrder, isUnderMaintenance } = require('./orders');

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  if (isUnderMaintenance()) {
    // Planned downtime: clients and load balancers should retry later.
    return res.status(500).json({ error: 'down for maintenance' });
  }
  next();
});

app.get('/orders/:id', async (req, res) => {
  const order = await findOrder(req.params.id);
  if (!order) return res.status(404).json({ error: 'no such order' });
  if (order.deleted) return res.sendStatus(410);
  res.status(200).json(order);
});

app.post('/orders', async (req, res) => {
  if (!req.body || !req.body.items) return res.status(400).json({ error: 'items are required' });
  if (!req.get('Authorization')) return res.status(401).set('WWW-Authenticate', 'Bearer').end();
  try {
    const order = await createOrder(req.body);
    res.status(201).location(`/orders/${order.id}`).json(order);
  } catch (error) {
    if (error.code === 'DUPLICATE') return res.status(409).json({ error: 'order already exists' });
    if (error.code === 'UPSTREAM') return res.status(502).json({ error: 'payment provider failed' });
    res.status(500).json({ error: 'unexpected error' });
  }
});

app.get('/legacy/orders', (req, res) => res.redirect(301, '/orders'));

app.listen(3000);
