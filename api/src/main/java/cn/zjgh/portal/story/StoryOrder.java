package cn.zjgh.portal.story;

public enum StoryOrder {

	LATEST, POPULAR

}
