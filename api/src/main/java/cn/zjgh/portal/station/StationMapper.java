package cn.zjgh.portal.station;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

import cn.zjgh.portal.shared.NearbySearch;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StationMapper extends BaseMapper<ServiceStation> {

	/**
	 * One keyset page of open (not closed-down) stations: nearest first when
	 * {@code nearby} is given, else by id. With {@code openWeekday}, only stations open
	 * at that weekday and time (24-hour stations always are).
	 */
	/**
	 * A page of stations in service, each with what a listing shows of today (open now,
	 * reported closed, today's free meals) as of {@code today}, {@code weekday} and
	 * {@code time}; only those open then when {@code openNow}.
	 */
	List<ServiceStation> findPage(@Param("nearby") NearbySearch nearby, @Param("orgUnitId") Long orgUnitId,
			@Param("service") StationService service, @Param("openNow") boolean openNow,
			@Param("today") LocalDate today, @Param("weekday") int weekday, @Param("time") LocalTime time,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	List<StationHours> hoursOf(@Param("stationIds") Collection<Long> stationIds);

	void insertHours(@Param("stationId") long stationId, @Param("weekday") int weekday, @Param("opens") LocalTime opens,
			@Param("closes") LocalTime closes);

	int deleteHours(@Param("stationId") long stationId);

	/** Stations among these with an open "closed" report. */
	List<Long> reportedClosedAmong(@Param("stationIds") Collection<Long> stationIds);

	/** Today's free-meal rows of these stations (missing where nobody claimed yet). */
	List<MealDay> mealDaysOf(@Param("stationIds") Collection<Long> stationIds, @Param("day") LocalDate day);

	/** Sets the quota of the day's and later rows, never below what was claimed. */
	int setQuotaFrom(@Param("stationId") long stationId, @Param("day") LocalDate day, @Param("quota") int quota);

	record MealDay(long stationId, int quota, int claimed) {
	}

}
