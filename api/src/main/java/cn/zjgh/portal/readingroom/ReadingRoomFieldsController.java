package cn.zjgh.portal.readingroom;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class ReadingRoomFieldsController {

	private final RoomDirectory directory;

	ReadingRoomFieldsController(RoomDirectory directory) {
		this.directory = directory;
	}

	@SchemaMapping(typeName = "ReadingRoom")
	String releaseTime(ReadingRoom room) {
		return room.getReleaseTime().toString();
	}

	@SchemaMapping(typeName = "ReadingRoom")
	String deskCode(ReadingRoom room, @AuthenticationPrincipal Caller caller) {
		return this.directory.deskCodeFor(caller, room);
	}

	@SchemaMapping(typeName = "ReadingRoom")
	String deskQrCode(ReadingRoom room, @AuthenticationPrincipal Caller caller) {
		return this.directory.deskQrCodeFor(caller, room);
	}

	@BatchMapping(typeName = "ReadingRoom")
	Map<ReadingRoom, List<OpeningHours>> openingHours(List<ReadingRoom> rooms) {
		return this.directory.openingHoursOf(rooms);
	}

	@BatchMapping(typeName = "ReadingRoom")
	Map<ReadingRoom, List<RoomClosure>> upcomingClosures(List<ReadingRoom> rooms) {
		return this.directory.upcomingClosuresOf(rooms);
	}

	@SchemaMapping(typeName = "OpeningHours")
	String opens(OpeningHours hours) {
		return hours.opens().toString();
	}

	@SchemaMapping(typeName = "OpeningHours")
	String closes(OpeningHours hours) {
		return hours.closes().toString();
	}

}
