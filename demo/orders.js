// In-memory orders for the demo.
const orders = new Map([['1', { id: '1', items: ['book'], deleted: false }]]);

module.exports = {
  isUnderMaintenance: () => process.env.MAINTENANCE === '1',
  findOrder: async (id) => orders.get(id),
  createOrder: async (body) => {
    const id = String(orders.size + 1);
    const order = { id, items: body.items, deleted: false };
    orders.set(id, order);
    return order;
  },
};
