package cn.zjgh.portal.readingroom;

import java.security.Principal;
import java.time.OffsetDateTime;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.PortalUser;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class BookingBanController {

	private final BookingHistory history;

	BookingBanController(BookingHistory history) {
		this.history = history;
	}

	@SchemaMapping(typeName = "User")
	OffsetDateTime bookingBannedUntil(PortalUser user, Principal principal) {
		return this.history.bannedUntilFor(Caller.of(principal), user);
	}

}
