package cn.zjgh.portal.event;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.event.EventInputs.EventFilter;
import cn.zjgh.portal.shared.GeoPoint;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class EventController {

	private final EventListing listing;

	EventController(EventListing listing) {
		this.listing = listing;
	}

	@QueryMapping
	Connection<Event> events(@Argument @Valid EventFilter filter, @Argument EventOrder orderBy,
			@Argument @Valid GeoPoint near, @Argument Integer first, @Argument String after) {
		return this.listing.events(filter, orderBy, near, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<Event> popularEvents(@Argument String city, @Argument Integer first) {
		return this.listing.popular(city, PageRequest.of(first, null));
	}

	@QueryMapping
	Event event(@Argument long id) {
		return this.listing.find(id);
	}

	@QueryMapping
	Connection<Event> organizerEvents(@Argument EventStatus status, @Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.listing.forOrganizer(caller, status, PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Event")
	List<SignUpQuestion> questions(Event event) {
		return SignUpForm.questionsOf(event);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Integer> attendedCount(List<Event> events, Principal principal) {
		return this.listing.attendedCounts(Caller.of(principal), events);
	}

}
