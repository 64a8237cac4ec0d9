package cn.zjgh.portal.event;

public enum EventCategory {

	CULTURE, SPORTS, READING, ARTS, SKILLS, OTHER

}
