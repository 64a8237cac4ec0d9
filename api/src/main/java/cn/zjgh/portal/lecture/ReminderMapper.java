package cn.zjgh.portal.lecture;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReminderMapper {

	void upsert(@Param("lectureId") long lectureId, @Param("userId") long userId);

	int cancel(@Param("lectureId") long lectureId, @Param("userId") long userId);

	/**
	 * Sets every live reminder of a moved session to go out again before its new start;
	 * returns who asked.
	 */
	List<Long> rearmAllFor(@Param("lectureId") long lectureId);

	List<Long> cancelAllFor(@Param("lectureId") long lectureId);

	List<Long> remindedAmong(@Param("userId") long userId, @Param("lectureIds") Collection<Long> lectureIds);

	List<Lecture> findMine(@Param("userId") long userId, @Param("now") OffsetDateTime now,
			@Param("afterStartsAt") OffsetDateTime afterStartsAt, @Param("afterId") Long afterId,
			@Param("limit") int limit);

	/**
	 * Takes the reminders due now; each is returned to exactly one caller, whatever the
	 * replicas.
	 */
	List<DueReminder> claimDue(@Param("startsBefore") OffsetDateTime startsBefore, @Param("now") OffsetDateTime now);

	record DueReminder(long userId, long lectureId, String topic, OffsetDateTime startsAt, String classroom) {
	}

}
