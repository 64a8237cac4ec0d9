package cn.zjgh.portal.readingroom;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.GeoPoint;
import cn.zjgh.portal.shared.NearbySearch;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.shared.ReadsFromReplica;
import cn.zjgh.portal.wechat.MiniProgramCodes;

import org.springframework.stereotype.Service;

/**
 * Reading rooms as workers find them: listings nearest first or by name, a room's unit,
 * hours and closed days, and the desk code that only the room's organizers see.
 */
@Service
class RoomDirectory {

	private final ReadingRoomMapper rooms;

	private final OrgScope orgScope;

	private final DeskCodes deskCodes;

	private final MiniProgramCodes codes;

	private final Clock clock;

	RoomDirectory(ReadingRoomMapper rooms, OrgScope orgScope, DeskCodes deskCodes, MiniProgramCodes codes,
			Clock clock) {
		this.rooms = rooms;
		this.orgScope = orgScope;
		this.deskCodes = deskCodes;
		this.codes = codes;
		this.clock = clock;
	}

	ReadingRoom find(long id) {
		return this.rooms.selectById(id);
	}

	ReadingRoom require(long id) {
		return DomainException.requireFound(this.rooms.selectById(id), "Reading room", id);
	}

	Map<Long, ReadingRoom> findAll(Collection<Long> ids) {
		return this.rooms.selectByIds(ids).stream().collect(Collectors.toMap(ReadingRoom::getId, Function.identity()));
	}

	@ReadsFromReplica
	Connection<ReadingRoom> page(GeoPoint near, Double radiusKm, Long orgUnitId, String district, OffsetDateTime openAt,
			PageRequest page) {
		NearbySearch nearby = NearbySearch.of(near, radiusKm, "radiusKm", page);
		ZonedDateTime open = (openAt != null) ? openAt.atZoneSameInstant(this.clock.getZone()) : null;
		List<ReadingRoom> rows = this.rooms.findPage(nearby, orgUnitId, district,
				(open != null) ? open.toLocalDate() : null, (open != null) ? open.getDayOfWeek().getValue() : null,
				(open != null) ? open.toLocalTime() : null, (nearby == null) ? page.afterKey(0) : null,
				NearbySearch.afterId(page), page.fetchSize());
		return Connection.of(rows, page, (room) -> (nearby != null)
				? NearbySearch.cursorOf(room.getNearness(), room.getId()) : Cursor.of(room.getName(), room.getId()));
	}

	/**
	 * The room's hours on that date's weekday and whether the day is closed, read
	 * together.
	 */
	OpeningDay dayOf(long roomId, LocalDate date) {
		int weekday = date.getDayOfWeek().getValue();
		ReadingRoomMapper.DayRow day = this.rooms.dayOf(roomId, date, weekday);
		OpeningHours hours = (day.opens() != null) ? new OpeningHours(roomId, weekday, day.opens(), day.closes())
				: null;
		return new OpeningDay(hours, day.closed());
	}

	Map<ReadingRoom, List<OpeningHours>> openingHoursOf(List<ReadingRoom> rooms) {
		Map<Long, List<OpeningHours>> hours = this.rooms.hoursOf(idsOf(rooms))
			.stream()
			.collect(Collectors.groupingBy(OpeningHours::roomId));
		return Batches.map(rooms, (room) -> hours.getOrDefault(room.getId(), List.of()));
	}

	/**
	 * Closed days from today to 31 days ahead, which covers the longest booking horizon.
	 */
	Map<ReadingRoom, List<RoomClosure>> upcomingClosuresOf(List<ReadingRoom> rooms) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<RoomClosure>> closures = this.rooms.closuresOf(idsOf(rooms), today, today.plusDays(31))
			.stream()
			.collect(Collectors.groupingBy(RoomClosure::roomId));
		return Batches.map(rooms, (room) -> closures.getOrDefault(room.getId(), List.of()));
	}

	/** Today's desk code, for organizers of the room's unit; null for everyone else. */
	String deskCodeFor(Caller caller, ReadingRoom room) {
		boolean organizer = caller != null && caller.mayOrganize() && this.orgScope.covers(caller, room.getOrgUnitId());
		return organizer ? this.deskCodes.codeFor(room.getId(), LocalDate.now(this.clock)) : null;
	}

	/** The desk code as a QR that opens the check-in page; null as the code is. */
	String deskQrCodeFor(Caller caller, ReadingRoom room) {
		String code = deskCodeFor(caller, room);
		return (code != null) ? this.codes.dataUrl("pages/rooms/checkin", "d=" + code) : null;
	}

	static List<Long> idsOf(List<ReadingRoom> rooms) {
		return rooms.stream().map(ReadingRoom::getId).distinct().toList();
	}

}
