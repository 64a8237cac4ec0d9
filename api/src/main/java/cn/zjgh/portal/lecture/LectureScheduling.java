package cn.zjgh.portal.lecture;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.craftsman.CraftsmanDirectory;
import cn.zjgh.portal.lecture.LectureInputs.CreateClassroomInput;
import cn.zjgh.portal.lecture.LectureInputs.CreateLectureSeriesInput;
import cn.zjgh.portal.lecture.LectureInputs.RescheduleLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.ScheduleLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.ScheduleLectureSeriesInput;
import cn.zjgh.portal.lecture.LectureInputs.UpdateClassroomInput;
import cn.zjgh.portal.lecture.LectureInputs.UpdateLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.UpdateLectureSeriesInput;
import cn.zjgh.portal.lecture.LectureMapper.Clash;
import cn.zjgh.portal.lecture.LectureMapper.LecturerRow;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers schedule sessions. That a classroom or a lecturer is never in two sessions
 * at once is guaranteed by exclusion constraints; before inserting, the clashing session
 * is looked up so the error can name it.
 */
@Service
class LectureScheduling {

	static final String CANCELLED_TEMPLATE = "lecture-cancelled";

	static final String RESCHEDULED_TEMPLATE = "lecture-rescheduled";

	private static final Duration MAX_LENGTH = Duration.ofHours(3);

	static final int MAX_SERIES_SESSIONS = 200;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final LectureMapper lectures;

	private final ClassroomMapper classrooms;

	private final LectureSeriesMapper series;

	private final CraftsmanDirectory craftsmen;

	private final ReminderMapper reminders;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final SubscribeMessages messages;

	private final Clock clock;

	LectureScheduling(LectureMapper lectures, ClassroomMapper classrooms, LectureSeriesMapper series,
			CraftsmanDirectory craftsmen, ReminderMapper reminders, OrgUnitDirectory orgUnits, OrgScope orgScope,
			SubscribeMessages messages, Clock clock) {
		this.orgUnits = orgUnits;
		this.lectures = lectures;
		this.classrooms = classrooms;
		this.series = series;
		this.craftsmen = craftsmen;
		this.reminders = reminders;
		this.orgScope = orgScope;
		this.messages = messages;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Classroom createClassroom(Caller caller, CreateClassroomInput input) {
		this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		this.orgScope.requireOrganizerOf(caller, input.orgUnitId());
		if (input.mode() == LectureMode.OFFLINE
				&& (input.address() == null || input.lat() == null || input.lng() == null)) {
			throw DomainException.badInput("address", "an offline classroom needs an address and a position");
		}
		Classroom classroom = new Classroom();
		classroom.setOrgUnitId(input.orgUnitId());
		classroom.setName(input.name().strip());
		classroom.setMode(input.mode());
		classroom.setAddress(input.address());
		classroom.setDistrictCode(input.districtCode());
		classroom.setLat(input.lat());
		classroom.setLng(input.lng());
		classroom.setCapacity(input.capacity());
		classroom.setLiveUrl(input.liveUrl());
		this.classrooms.insert(classroom);
		return classroom;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	LectureSeries createSeries(Caller caller, CreateLectureSeriesInput input) {
		this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		this.orgScope.requireOrganizerOf(caller, input.orgUnitId());
		LectureSeries created = new LectureSeries();
		created.setOrgUnitId(input.orgUnitId());
		created.setName(input.name().strip());
		created.setDescription(input.description());
		this.series.insert(created);
		return created;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Lecture schedule(Caller caller, ScheduleLectureInput input) {
		Classroom classroom = requireClassroomInScope(caller, input.classroomId());
		checkReferences(caller, input.seriesId(), input.lecturerIds());
		OffsetDateTime startsAt = input.startsAt();
		if (!startsAt.isAfter(OffsetDateTime.now(this.clock))) {
			throw DomainException.badInput("startsAt", "must be in the future");
		}
		return insert(caller, classroom, input.seriesId(), input.lecturerIds(), input.topic(), input.summary(),
				startsAt, startsAt.plusMinutes(input.durationMinutes()), input.capacity(), input.liveUrl());
	}

	/** Every occurrence or none: the first clash fails the whole series, named. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	List<Lecture> scheduleSeries(Caller caller, ScheduleLectureSeriesInput input) {
		Classroom classroom = requireClassroomInScope(caller, input.classroomId());
		checkReferences(caller, input.seriesId(), input.lecturerIds());
		LocalTime startTime;
		try {
			startTime = LocalTime.parse(input.startTime());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badInput("startTime", "must be a time such as 08:00");
		}
		if (input.lastDate().isBefore(input.firstDate()) || input.lastDate().isAfter(input.firstDate().plusDays(92))) {
			throw DomainException.badInput("lastDate", "must be on or after firstDate and within 3 months of it");
		}
		List<OffsetDateTime> starts = new ArrayList<>();
		for (LocalDate day = input.firstDate(); !day.isAfter(input.lastDate()); day = day.plusDays(1)) {
			if (input.weekdays().contains(day.getDayOfWeek().getValue())) {
				starts.add(day.atTime(startTime).atZone(this.clock.getZone()).toOffsetDateTime());
			}
		}
		if (starts.isEmpty() || starts.size() > MAX_SERIES_SESSIONS) {
			throw DomainException.badInput("weekdays", "the dates give " + starts.size() + " sessions; between 1 and "
					+ MAX_SERIES_SESSIONS + " are allowed");
		}
		if (!starts.get(0).isAfter(OffsetDateTime.now(this.clock))) {
			throw DomainException.badInput("firstDate", "the first session must be in the future");
		}
		List<Lecture> scheduled = new ArrayList<>();
		for (OffsetDateTime startsAt : starts) {
			scheduled.add(insert(caller, classroom, input.seriesId(), input.lecturerIds(), input.topic(),
					input.summary(), startsAt, startsAt.plusMinutes(input.durationMinutes()), input.capacity(), null));
		}
		return scheduled;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Lecture update(Caller caller, UpdateLectureInput input) {
		Lecture lecture = DomainException.requireFound(this.lectures.selectById(input.id()), "Lecture", input.id());
		requireClassroomInScope(caller, lecture.getClassroomId());
		if (input.topic() != null) {
			lecture.setTopic(input.topic().strip());
		}
		if (input.summary() != null) {
			lecture.setSummary(input.summary());
		}
		if (input.liveUrl() != null) {
			lecture.setLiveUrl(input.liveUrl());
		}
		if (input.replayUrl() != null) {
			lecture.setReplayUrl(input.replayUrl());
		}
		this.lectures.updateById(lecture);
		return this.lectures.selectById(lecture.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Classroom updateClassroom(Caller caller, UpdateClassroomInput input) {
		Classroom classroom = requireClassroomInScope(caller, input.id());
		if (input.name() != null) {
			classroom.setName(input.name().strip());
		}
		if (input.address() != null) {
			classroom.setAddress(input.address());
		}
		if (input.capacity() != null) {
			classroom.setCapacity(input.capacity());
		}
		if (input.liveUrl() != null) {
			classroom.setLiveUrl(input.liveUrl());
		}
		this.classrooms.updateById(classroom);
		return this.classrooms.selectById(classroom.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	LectureSeries updateSeries(Caller caller, UpdateLectureSeriesInput input) {
		LectureSeries found = DomainException.requireFound(this.series.selectById(input.id()), "Lecture series",
				input.id());
		this.orgScope.requireOrganizerOf(caller, found.getOrgUnitId());
		if (input.name() != null) {
			found.setName(input.name().strip());
		}
		if (input.description() != null) {
			found.setDescription(input.description());
		}
		this.series.updateById(found);
		return this.series.selectById(found.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Lecture cancel(Caller caller, long id, String reason) {
		Lecture lecture = DomainException.requireFound(this.lectures.selectById(id), "Lecture", id);
		requireClassroomInScope(caller, lecture.getClassroomId());
		if (this.lectures.cancel(id, reason.strip()) == 0) {
			throw DomainException.badInput("id", "only a scheduled session can be cancelled");
		}
		this.lectures.releaseLecturers(id);
		for (Long userId : this.reminders.cancelAllFor(id)) {
			this.messages.enqueue(userId, CANCELLED_TEMPLATE, "pages/lectures/detail?id=" + id,
					Map.of("thing1", SubscribeMessages.thing(lecture.getTopic()), "time2",
							lecture.getStartsAt().atZoneSameInstant(this.clock.getZone()).format(WHEN), "thing3",
							SubscribeMessages.thing(reason.strip())));
		}
		return this.lectures.selectById(id);
	}

	private Lecture insert(Caller caller, Classroom classroom, Long seriesId, List<Long> lecturerIds, String topic,
			String summary, OffsetDateTime startsAt, OffsetDateTime endsAt, Integer capacity, String liveUrl) {
		List<Long> lecturers = lecturerIds.stream().distinct().toList();
		requireFree(classroom, lecturers, startsAt, endsAt, null);
		Lecture lecture = new Lecture();
		lecture.setClassroomId(classroom.getId());
		lecture.setSeriesId(seriesId);
		lecture.setTopic(topic.strip());
		lecture.setSummary(summary);
		lecture.setStartsAt(startsAt);
		lecture.setEndsAt(endsAt);
		lecture.setCapacity((classroom.getMode() == LectureMode.OFFLINE)
				? ((capacity != null) ? capacity : classroom.getCapacity()) : null);
		lecture.setStatus(LectureStatus.SCHEDULED);
		lecture.setLiveUrl((liveUrl != null) ? liveUrl : classroom.getLiveUrl());
		lecture.setCheckInCode(newCode());
		lecture.setCreatedBy(caller.userId());
		this.lectures.insert(lecture);
		lecturers.forEach((craftsmanId) -> this.lectures.addLecturer(lecture.getId(), craftsmanId));
		return this.lectures.selectById(lecture.getId());
	}

	/**
	 * Moves a scheduled session to another time (and classroom), under the same rules as
	 * scheduling it: a future start, 10 minutes to 3 hours, no clash for the classroom or
	 * any of its lecturers (the session itself aside). The caller must organize both the
	 * classroom it leaves and the one it moves to. Everyone who asked for a reminder is
	 * told, and their reminder is set to go out before the new start.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	Lecture reschedule(Caller caller, RescheduleLectureInput input) {
		Lecture lecture = DomainException.requireFound(this.lectures.selectById(input.id()), "Lecture", input.id());
		Classroom current = requireClassroomInScope(caller, lecture.getClassroomId());
		Classroom target = (input.classroomId() == null || input.classroomId() == current.getId().longValue()) ? current
				: requireClassroomInScope(caller, input.classroomId());
		if (lecture.getStatus() != LectureStatus.SCHEDULED) {
			throw DomainException.badInput("id", "only a scheduled session can be moved");
		}
		OffsetDateTime startsAt = input.startsAt();
		OffsetDateTime endsAt = input.endsAt();
		if (!startsAt.isAfter(OffsetDateTime.now(this.clock))) {
			throw DomainException.badInput("startsAt", "must be in the future");
		}
		long minutes = Duration.between(startsAt, endsAt).toMinutes();
		if (!endsAt.isAfter(startsAt) || minutes < 10 || Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
			throw DomainException.badInput("endsAt", "must be 10 minutes to 3 hours after startsAt");
		}
		List<Long> lecturers = this.lectures.lecturersOf(List.of(lecture.getId()))
			.stream()
			.map(LecturerRow::craftsmanId)
			.toList();
		requireFree(target, lecturers, startsAt, endsAt, lecture.getId());
		Integer capacity = (target.getMode() == LectureMode.OFFLINE)
				? ((lecture.getCapacity() != null) ? lecture.getCapacity() : target.getCapacity()) : null;
		String liveUrl = (lecture.getLiveUrl() != null && !lecture.getLiveUrl().equals(current.getLiveUrl()))
				? lecture.getLiveUrl() : target.getLiveUrl();
		if (this.lectures.reschedule(lecture.getId(), target.getId(), startsAt, endsAt, capacity, liveUrl) == 0) {
			throw DomainException.badInput("id", "only a scheduled session can be moved");
		}
		this.lectures.moveLecturers(lecture.getId());
		String when = startsAt.atZoneSameInstant(this.clock.getZone()).format(WHEN);
		for (Long userId : this.reminders.rearmAllFor(lecture.getId())) {
			this.messages.enqueue(userId, RESCHEDULED_TEMPLATE, "pages/lectures/detail?id=" + lecture.getId(),
					Map.of("thing1", SubscribeMessages.thing(lecture.getTopic()), "time2", when, "thing3",
							SubscribeMessages.thing(target.getName())));
		}
		return this.lectures.selectById(lecture.getId());
	}

	private void requireFree(Classroom classroom, List<Long> lecturers, OffsetDateTime startsAt, OffsetDateTime endsAt,
			Long movingLectureId) {
		Clash clash = this.lectures.findClash(classroom.getId(), lecturers, startsAt, endsAt, movingLectureId);
		if (clash != null) {
			String when = clash.startsAt().atZoneSameInstant(this.clock.getZone()).format(WHEN);
			throw ("CLASSROOM".equals(clash.kind()))
					? new DomainException(ErrorCode.CLASSROOM_BUSY,
							"课堂「" + classroom.getName() + "」" + when + " 已有「" + clash.topic() + "」（场次 "
									+ clash.lectureId() + "）")
					: new DomainException(ErrorCode.LECTURER_BUSY, "主讲人" + clash.lecturer() + " " + when + " 已有「"
							+ clash.topic() + "」（场次 " + clash.lectureId() + "）");
		}
	}

	/**
	 * A session belongs to the unit of its classroom: who may change or cancel it, and
	 * who sees its check-in code, follows from that unit. So the classroom must be one
	 * the caller organizes, online ones included: the province's cloud classroom
	 * (浙江职工云课堂) is the province's live channel, hosts one session at a time and lends the
	 * session its live link; a city's session in it would be the province's to run, so
	 * the province schedules it. Updates cannot move a session to another classroom or
	 * series.
	 */
	private Classroom requireClassroomInScope(Caller caller, long classroomId) {
		Classroom classroom = DomainException.requireFound(this.classrooms.selectById(classroomId), "Classroom",
				classroomId);
		if (!this.orgScope.covers(caller, classroom.getOrgUnitId())) {
			throw DomainException.forbidden("Classroom " + classroomId + " belongs to an org unit you do not organize");
		}
		return classroom;
	}

	/**
	 * A series must belong to a unit the caller organizes, like the classroom: a series
	 * of another city, or of a unit above the caller's, is not the caller's to add
	 * sessions to. Lecturers are not checked for scope: craftsmen are a public directory,
	 * and any organizer may invite any craftsman to speak.
	 */
	private void checkReferences(Caller caller, Long seriesId, List<Long> lecturerIds) {
		if (seriesId != null) {
			LectureSeries found = DomainException.requireFound(this.series.selectById(seriesId), "Lecture series",
					seriesId);
			if (!this.orgScope.covers(caller, found.getOrgUnitId())) {
				throw DomainException.forbidden("Lecture series " + seriesId
						+ " belongs to an org unit you do not organize; sessions go into a series of yours");
			}
		}
		List<Long> distinct = lecturerIds.stream().distinct().toList();
		if (this.craftsmen.findAll(distinct).size() != distinct.size()) {
			throw DomainException.badInput("lecturerIds", "names a lecturer that does not exist");
		}
	}

	private String newCode() {
		char[] code = new char[8];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[this.random.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

}
