/**
 * Craftsman stories (大国工匠): an editorial workflow with revisions and review by a unit
 * above the author's, WeChat's content check, sanitised bodies, likes, favourites,
 * moderated comments and views counted in Redis. The write side ({@code Stories},
 * {@code Engagement}) keeps the rules; the read side ({@code StoryReading},
 * {@code CommentReading}, {@code StoryCredits}) pages the listings and decides who sees
 * drafts and pending revisions.
 */
package cn.zjgh.portal.story;
