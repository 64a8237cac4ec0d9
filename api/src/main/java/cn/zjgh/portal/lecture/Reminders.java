package cn.zjgh.portal.lecture;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.lecture.ReminderMapper.DueReminder;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Remind me": one WeChat subscribe message {@code portal.lectures.reminder-lead} before
 * the session. A job claims due reminders with one UPDATE, so each goes out once whatever
 * the number of replicas; sending, delivery records and WeChat's 43101 (never retried)
 * are the subscribe-message outbox's.
 */
@Service
class Reminders {

	static final String REMINDER_TEMPLATE = "lecture-reminder";

	private static final Log logger = LogFactory.getLog(Reminders.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private final ReminderMapper reminders;

	private final LectureMapper lectures;

	private final SubscribeMessages messages;

	private final Duration lead;

	private final Clock clock;

	Reminders(ReminderMapper reminders, LectureMapper lectures, SubscribeMessages messages,
			@Value("${portal.lectures.reminder-lead:15m}") Duration lead, Clock clock) {
		this.reminders = reminders;
		this.lectures = lectures;
		this.messages = messages;
		this.lead = lead;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Lecture remindMe(Caller caller, long lectureId) {
		Lecture lecture = DomainException.requireFound(this.lectures.selectById(lectureId), "Lecture", lectureId);
		if (lecture.getStatus() != LectureStatus.SCHEDULED
				|| !lecture.getStartsAt().isAfter(OffsetDateTime.now(this.clock))) {
			throw new DomainException(ErrorCode.BAD_USER_INPUT, "该场次已开始或已取消");
		}
		this.reminders.upsert(lectureId, caller.userId());
		return lecture;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Lecture cancel(Caller caller, long lectureId) {
		Lecture lecture = DomainException.requireFound(this.lectures.selectById(lectureId), "Lecture", lectureId);
		this.reminders.cancel(lectureId, caller.userId());
		return lecture;
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Lecture> mine(Caller caller, PageRequest page) {
		OffsetDateTime afterStartsAt = page.afterTime(0);
		Long afterId = page.afterLong(1);
		return Connection.of(this.reminders.findMine(caller.userId(), OffsetDateTime.now(this.clock), afterStartsAt,
				afterId, page.fetchSize()), page, (lecture) -> Cursor.of(lecture.getStartsAt(), lecture.getId()));
	}

	/**
	 * Whether the caller asked to be reminded of each session; false for anonymous
	 * callers.
	 */
	Map<Lecture, Boolean> remindedOf(Caller caller, List<Lecture> lectures) {
		Set<Long> reminded = (caller == null) ? Set.of()
				: Set.copyOf(this.reminders.remindedAmong(caller.userId(), Ids.distinct(lectures, Lecture::getId)));
		return Batches.map(lectures, (lecture) -> reminded.contains(lecture.getId()));
	}

	@Scheduled(fixedDelayString = "${portal.lectures.reminder-interval:60s}",
			initialDelayString = "${portal.lectures.reminder-interval:60s}")
	@Transactional
	public int queueDue() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int queued = 0;
		for (DueReminder due : this.reminders.claimDue(now.plus(this.lead), now)) {
			this.messages.enqueue(due.userId(), REMINDER_TEMPLATE, "pages/lectures/detail?id=" + due.lectureId(),
					Map.of("thing1", SubscribeMessages.thing(due.topic()), "time2",
							due.startsAt().atZoneSameInstant(this.clock.getZone()).format(WHEN), "thing3",
							SubscribeMessages.thing(due.classroom())));
			queued++;
		}
		if (queued > 0) {
			logger.info("Queued " + queued + " lecture reminders");
		}
		return queued;
	}

}
