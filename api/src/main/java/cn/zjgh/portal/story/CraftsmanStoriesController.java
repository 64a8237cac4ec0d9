package cn.zjgh.portal.story;

import java.util.List;

import cn.zjgh.portal.craftsman.Craftsman;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The fields stories add to a craftsman. */
@Controller
class CraftsmanStoriesController {

	private final StoryReading reading;

	CraftsmanStoriesController(StoryReading reading) {
		this.reading = reading;
	}

	@SchemaMapping(typeName = "Craftsman")
	List<Story> stories(Craftsman craftsman, @Argument Integer first) {
		return this.reading.about(craftsman.getId(), first);
	}

}
