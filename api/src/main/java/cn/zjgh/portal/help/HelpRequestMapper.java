package cn.zjgh.portal.help;

import java.time.OffsetDateTime;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HelpRequestMapper extends BaseMapper<HelpRequest> {

	/** One page of the worker's requests, newest first. */
	default List<HelpRequest> findMine(long userId, Long beforeId, int limit) {
		return selectList(new LambdaQueryWrapper<HelpRequest>().eq(HelpRequest::getUserId, userId)
			.lt(beforeId != null, HelpRequest::getId, beforeId)
			.orderByDesc(HelpRequest::getId)
			.last("LIMIT " + limit));
	}

	/**
	 * One page of the requests held now by the unit or a unit below it, oldest first;
	 * {@code overdueAt} keeps only those still waiting to be accepted after their
	 * deadline.
	 */
	List<HelpRequest> findQueue(@Param("orgUnitId") long orgUnitId, @Param("status") HelpRequestStatus status,
			@Param("overdueAt") OffsetDateTime overdueAt, @Param("afterId") Long afterId, @Param("limit") int limit);

	/** The request, locked until the transaction ends; null when there is none. */
	HelpRequest lock(@Param("id") long id);

	/** Accepts a waiting request; 0 when it is not waiting (any more) at that unit. */
	int accept(@Param("id") long id, @Param("orgUnitId") long orgUnitId, @Param("handlerId") long handlerId,
			@Param("now") OffsetDateTime now);

	/**
	 * Hands an open request from one unit to another, waiting for acceptance again; 0
	 * when it is closed or no longer at {@code fromUnitId}.
	 */
	int transfer(@Param("id") long id, @Param("fromUnitId") long fromUnitId, @Param("toUnitId") long toUnitId,
			@Param("acceptDueAt") OffsetDateTime acceptDueAt);

	/** Closes an accepted request; 0 when it is not accepted at that unit. */
	int close(@Param("id") long id, @Param("orgUnitId") long orgUnitId, @Param("outcome") String outcome,
			@Param("now") OffsetDateTime now);

	/** The worker's rating of a closed request, once; 0 otherwise. */
	int rate(@Param("id") long id, @Param("userId") long userId, @Param("stars") int stars,
			@Param("comment") String comment, @Param("now") OffsetDateTime now);

	/**
	 * Escalates every request still waiting at {@code now} past its deadline and never
	 * escalated before to the parent of its unit, and writes the timeline step, in one
	 * statement: the rows it claims are claimed once however many replicas run it at the
	 * same moment.
	 */
	List<Escalated> escalateOverdue(@Param("now") OffsetDateTime now, @Param("acceptDueAt") OffsetDateTime acceptDueAt,
			@Param("limit") int limit);

	/**
	 * Counts per category, per status and in all, with the medians and the average
	 * rating, of the requests submitted in [from, to) held by the unit or a unit below
	 * it.
	 */
	List<ReportRow> report(@Param("orgUnitId") long orgUnitId, @Param("from") OffsetDateTime from,
			@Param("to") OffsetDateTime to);

	/** Erases what the worker wrote and their phone; the counts stay. */
	int eraseOf(@Param("userId") long userId);

	record Escalated(long id, long userId, HelpRequestCategory category, long fromUnitId, long toUnitId) {
	}

	/**
	 * {@code grouping} is 1 for a category's row, 2 for a status's row, 3 for all.
	 */
	record ReportRow(HelpRequestCategory category, HelpRequestStatus status, int grouping, int count,
			Double medianMinutesToAccept, Double medianMinutesToClose, Double averageRating, int ratings) {
	}

}
