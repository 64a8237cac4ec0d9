// The pages the portal opens (mini-program QR codes, subscribe messages, share codes) and the pages
// that open each other. Every path here is a page in app.json; README.md lists what each one takes.
// A QR code's scene arrives URL-encoded as options.scene ("d%3DAB12"); a subscribe message's and a
// navigation's query arrive as options ({ id: "42" }). params() reads both the same way.
const ROUTES = {
  home: 'pages/index/index',
  eventDetail: 'pages/events/detail', // id
  eventCheckIn: 'pages/events/checkin', // c = a registration's check-in code (QR), or id = the event
  eventList: 'pages/events/list/list', // city, category, kind (all optional)
  myRegistrations: 'pages/events/mine/mine',
  groups: 'pages/groups/list/list',
  roomList: 'pages/rooms/list/list',
  roomDetail: 'pages/rooms/detail', // id
  roomBooking: 'pages/rooms/booking', // id = the booking
  roomCheckIn: 'pages/rooms/checkin', // d = today's desk code (QR)
  stationList: 'pages/stations/list/list',
  stationDetail: 'pages/stations/detail', // id
  myBookings: 'pages/rooms/mine/mine',
  lectureList: 'pages/lectures/list/list',
  lectureDetail: 'pages/lectures/detail', // id
  myReminders: 'pages/lectures/mine/mine',
  craftsmanList: 'pages/craftsmen/list/list',
  craftsmanDetail: 'pages/craftsmen/detail', // c = the craftsman (QR), or id
  storyList: 'pages/stories/list/list',
  storyDetail: 'pages/stories/detail', // s = the story (QR), or id
  myFavourites: 'pages/stories/mine/mine',
  memberVerify: 'pages/member/verify', // the scene is the member card's code itself, no key (MemberCards.qrCodeOf)
  memberCard: 'pages/member/card', // nothing (the "approved" message); the caller's own card
  memberApply: 'pages/member/apply', // nothing (the "rejected" message); unit = the union to apply to, optional
  helpSubmit: 'pages/help/submit', // nothing
  helpDetail: 'pages/help/detail', // id (every message about a help request)
  helpMine: 'pages/help/mine', // nothing
  me: 'pages/me/me',
  organizer: 'pages/organizer/index/index',
  publish: 'pages/organizer/publish/publish', // id = the event to edit; none for a new one
  organizerEvents: 'pages/organizer/events/events',
  attendees: 'pages/organizer/attendees/attendees', // id = the event
  organizerCheckIn: 'pages/organizer/checkin/checkin',
  storyReview: 'pages/organizer/stories/stories',
  membershipReview: 'pages/organizer/members/members',
  organizerRooms: 'pages/organizer/rooms/rooms',
  organizerLectures: 'pages/organizer/lectures/lectures',
  craftsmanEditor: 'pages/organizer/craftsman/craftsman', // id = the craftsman to edit; none for a new one
  storyEditor: 'pages/organizer/story/story', // id = the story to edit; none for a new one
  organizerGroups: 'pages/organizer/groups/groups',
  organizerSeasons: 'pages/organizer/seasons/seasons',
  roomEditor: 'pages/organizer/room/room', // id = the reading room
  storyComments: 'pages/organizer/comments/comments', // id = the story; none for the units' published stories
  lectureEditor: 'pages/organizer/lecture/lecture', // id = the session
  classrooms: 'pages/organizer/classrooms/classrooms'
};

function parseQuery(text) {
  const params = {};
  String(text || '').split('&').filter(Boolean).forEach((pair) => {
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    params[decodeURIComponent(key)] = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1));
  });
  return params;
}

/** The page's parameters: its query, and the key=value pairs of a QR code's scene. */
function params(options) {
  const query = Object.assign({}, options || {});
  const scene = query.scene;
  delete query.scene;
  return scene ? Object.assign(parseQuery(decodeURIComponent(scene)), query) : query;
}

/** A scene that is one bare value rather than key=value pairs (the member card's code): the value. */
function sceneValue(options) {
  const scene = options && options.scene ? decodeURIComponent(options.scene) : '';
  return scene.indexOf('=') < 0 ? scene : '';
}

/** "/pages/…?key=value" for wx.navigateTo. */
function url(page, query) {
  const pairs = Object.keys(query || {}).map((key) => encodeURIComponent(key) + '=' + encodeURIComponent(query[key]));
  return '/' + page + (pairs.length ? '?' + pairs.join('&') : '');
}

module.exports = { ROUTES, params, parseQuery, sceneValue, url };
