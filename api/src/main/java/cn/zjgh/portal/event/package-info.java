/**
 * Culture & sports season events (职工文化体育季, 韵动四季): organizers publish, workers browse
 * cached listings, register under a rush with capacity and waitlist, and check in;
 * interest groups and their activities.
 */
package cn.zjgh.portal.event;
