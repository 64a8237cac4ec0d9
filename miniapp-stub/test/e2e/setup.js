const { start } = require('./portal');

module.exports = async () => {
  globalThis.portalProcess = await start();
};
