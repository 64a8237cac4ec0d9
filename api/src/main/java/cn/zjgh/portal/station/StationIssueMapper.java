package cn.zjgh.portal.station;

import java.time.OffsetDateTime;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StationIssueMapper extends BaseMapper<StationIssue> {

	/**
	 * Inserts the report unless the worker has an open one of that kind at the station
	 * (the partial unique index); returns the new id, or null.
	 */
	Long insertIfNoneOpen(@Param("i") StationIssue issue);

	default StationIssue findOpen(long stationId, long userId, IssueKind kind) {
		return selectOne(new LambdaQueryWrapper<StationIssue>().eq(StationIssue::getStationId, stationId)
			.eq(StationIssue::getUserId, userId)
			.eq(StationIssue::getKind, kind)
			.eq(StationIssue::getStatus, IssueStatus.OPEN));
	}

	/** Resolves an open report; 0 when it is no longer open. */
	int resolve(@Param("id") long id, @Param("resolution") String resolution, @Param("resolverId") long resolverId,
			@Param("now") OffsetDateTime now);

	/**
	 * One page of the reports on stations of the unit and the units below it (or of one
	 * station), newest first.
	 */
	List<StationIssue> findInSubtree(@Param("orgUnitId") long orgUnitId, @Param("stationId") Long stationId,
			@Param("status") IssueStatus status, @Param("afterId") Long afterId, @Param("limit") int limit);

	/** Erases the text a deleted account wrote. */
	int eraseNotesOf(@Param("userId") long userId);

}
