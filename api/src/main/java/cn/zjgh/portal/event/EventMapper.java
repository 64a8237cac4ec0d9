package cn.zjgh.portal.event;

import java.time.OffsetDateTime;
import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EventMapper extends BaseMapper<Event> {

	List<Event> findListingSoonest(@Param("q") ListingQuery query);

	List<Event> findListingPopular(@Param("q") ListingQuery query);

	List<Event> findListingNearest(@Param("q") ListingQuery query);

	/** Events of units the user organizes (all events for an admin), newest first. */
	List<Event> findForOrganizer(@Param("userId") long userId, @Param("admin") boolean admin,
			@Param("status") EventStatus status, @Param("afterCreatedAt") OffsetDateTime afterCreatedAt,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	/**
	 * Changes the editable fields if the version still matches, and moves the version on.
	 */
	int updateIfVersion(@Param("e") Event event, @Param("expectedVersion") int expectedVersion);

	int publish(@Param("id") long id, @Param("now") OffsetDateTime now);

	int cancel(@Param("id") long id, @Param("reason") String reason);

	/**
	 * Takes one seat if one is left: whether it was the last one; null when the event is
	 * full or not published.
	 */
	Boolean claimSeat(@Param("id") long id);

	int joinWaitlist(@Param("id") long id);

	int releaseSeat(@Param("id") long id);

	int leaveWaitlist(@Param("id") long id);

	/** Waitlisted workers move onto free seats. */
	int promoteFromWaitlist(@Param("id") long id, @Param("count") int count);

	int countAttended(@Param("id") long id);

	/**
	 * Popularity (confirmed + waitlisted) of the published, upcoming events of a city
	 * (all when null).
	 */
	List<Popularity> popularity(@Param("city") String city, @Param("now") OffsetDateTime now);

	record Popularity(long id, int score) {
	}

	/** Marks published events that have ended FINISHED; returns their ids. */
	List<Long> finishEnded(@Param("now") OffsetDateTime now);

}
