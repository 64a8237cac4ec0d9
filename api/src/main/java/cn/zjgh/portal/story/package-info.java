/**
 * Craftsman stories (大国工匠): an editorial workflow with revisions and review by a unit
 * above the author's, WeChat's content check, sanitised bodies, likes, favourites,
 * moderated comments and views counted in Redis.
 */
package cn.zjgh.portal.story;
