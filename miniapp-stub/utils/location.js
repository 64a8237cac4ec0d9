// Where the worker is, for nearest-first lists: { lat, lng } from wx.getLocation, or null when the
// worker declines (the list then comes in the portal's default order).
function here() {
  return new Promise((resolve) => {
    wx.getLocation({
      type: 'gcj02',
      success: (position) => resolve({ lat: position.latitude, lng: position.longitude }),
      fail: () => resolve(null)
    });
  });
}

module.exports = { here };
