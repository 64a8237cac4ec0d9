package cn.zjgh.portal.event;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SeasonController {

	private final SeasonDirectory seasons;

	SeasonController(SeasonDirectory seasons) {
		this.seasons = seasons;
	}

	@QueryMapping
	Connection<Season> seasons(@Argument Integer first, @Argument String after) {
		return this.seasons.page(PageRequest.of(first, after));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Season> season(List<Event> events) {
		return this.seasons.ofEvents(events);
	}

}
