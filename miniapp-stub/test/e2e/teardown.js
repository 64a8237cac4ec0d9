const { stop } = require('./portal');

module.exports = async () => {
  await stop(globalThis.portalProcess);
};
