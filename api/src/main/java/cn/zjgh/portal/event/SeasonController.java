package cn.zjgh.portal.event;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.event.EventInputs.CreateSeasonInput;
import cn.zjgh.portal.event.EventInputs.SeasonPayload;
import cn.zjgh.portal.event.EventInputs.UpdateSeasonInput;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class SeasonController {

	private final SeasonDirectory seasons;

	private final Seasons editing;

	SeasonController(SeasonDirectory seasons, Seasons editing) {
		this.seasons = seasons;
		this.editing = editing;
	}

	@QueryMapping
	Connection<Season> seasons(@Argument Integer first, @Argument String after) {
		return this.seasons.page(PageRequest.of(first, after));
	}

	@MutationMapping
	SeasonPayload createSeason(@Argument @Valid CreateSeasonInput input, @AuthenticationPrincipal Caller caller) {
		return new SeasonPayload(this.editing.create(caller, input));
	}

	@MutationMapping
	SeasonPayload updateSeason(@Argument @Valid UpdateSeasonInput input, @AuthenticationPrincipal Caller caller) {
		return new SeasonPayload(this.editing.update(caller, input));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Season> season(List<Event> events) {
		return this.seasons.ofEvents(events);
	}

}
