package cn.zjgh.portal.station;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import cn.zjgh.portal.station.StationInputs.FreeMealClaim;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FreeMealMapper {

	/** Makes sure the station has its row for the day, with the station's quota. */
	void openDay(@Param("stationId") long stationId, @Param("day") LocalDate day, @Param("quota") int quota);

	/**
	 * Takes one meal of the day and records the claim, in one statement: the update only
	 * counts while {@code claimed < quota} (a rider who waited for the row lock sees the
	 * count the winner left), and the insert meets the one-a-day constraint. Null when
	 * none is left.
	 */
	FreeMealClaim claim(@Param("stationId") long stationId, @Param("userId") long userId, @Param("day") LocalDate day,
			@Param("now") OffsetDateTime now);

	FreeMealClaim findClaim(@Param("userId") long userId, @Param("day") LocalDate day);

	/** Stations among these where the worker claimed a meal that day. */
	List<Long> claimedAmong(@Param("userId") long userId, @Param("day") LocalDate day,
			@Param("stationIds") Collection<Long> stationIds);

}
