package cn.zjgh.portal.readingroom;

import java.time.OffsetDateTime;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CloseReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CloseReadingRoomPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CreateReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.RoomPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.UpdateReadingRoomInput;
import cn.zjgh.portal.shared.GeoPoint;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class ReadingRoomController {

	private final RoomDirectory directory;

	private final ReadingRooms rooms;

	ReadingRoomController(RoomDirectory directory, ReadingRooms rooms) {
		this.directory = directory;
		this.rooms = rooms;
	}

	@QueryMapping
	Connection<ReadingRoom> readingRooms(@Argument @Valid GeoPoint near, @Argument Double radiusKm,
			@Argument Long orgUnitId, @Argument String district, @Argument OffsetDateTime openAt,
			@Argument Integer first, @Argument String after) {
		return this.directory.page(near, radiusKm, orgUnitId, district, openAt, PageRequest.of(first, after));
	}

	@QueryMapping
	ReadingRoom readingRoom(@Argument long id) {
		return this.directory.find(id);
	}

	@MutationMapping
	RoomPayload createReadingRoom(@Argument @Valid CreateReadingRoomInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RoomPayload(this.rooms.create(caller, input));
	}

	@MutationMapping
	RoomPayload updateReadingRoom(@Argument @Valid UpdateReadingRoomInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RoomPayload(this.rooms.update(caller, input));
	}

	@MutationMapping
	CloseReadingRoomPayload closeReadingRoom(@Argument @Valid CloseReadingRoomInput input,
			@AuthenticationPrincipal Caller caller) {
		return this.rooms.close(caller, input);
	}

}
