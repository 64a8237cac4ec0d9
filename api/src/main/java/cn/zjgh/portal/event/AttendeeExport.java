package cn.zjgh.portal.event;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.account.UserDirectory.UserSummary;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorResponses;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The attendee list of an event as CSV, for the organizers of its unit: {@code GET
 * /api/events/{id}/attendees.csv} with the usual bearer token. Rows are streamed page by
 * page, phone numbers are masked, and cells that a spreadsheet would run as a formula are
 * defused.
 */
@RestController
class AttendeeExport {

	private static final int PAGE = 500;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AttendeeList attendees;

	private final UserDirectory users;

	private final ZoneId zone;

	AttendeeExport(AttendeeList attendees, UserDirectory users, Clock clock) {
		this.attendees = attendees;
		this.users = users;
		this.zone = clock.getZone();
	}

	@GetMapping("/api/events/{id}/attendees.csv")
	ResponseEntity<StreamingResponseBody> export(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
		List<SignUpQuestion> questions = SignUpForm.questionsOf(this.attendees.organizedEvent(caller, id));
		StreamingResponseBody body = (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			List<String> header = new ArrayList<>(List.of("序号", "姓名", "手机", "所属工会", "状态", "报名时间", "签到时间"));
			questions.forEach((question) -> header.add(question.label()));
			writeRow(writer, header);
			Long afterId = null;
			int number = 0;
			List<Registration> page;
			do {
				page = this.attendees.after(id, afterId, PAGE);
				Map<Long, UserSummary> people = this.users
					.summaries(page.stream().map(Registration::getUserId).distinct().toList());
				for (Registration registration : page) {
					writeRow(writer, row(++number, registration, people.get(registration.getUserId()), questions));
					afterId = registration.getId();
				}
				writer.flush();
			}
			while (page.size() == PAGE);
			writer.flush();
		};
		String filename = "attendees-" + id + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Map<String, Object>> refused(DomainException ex) {
		return ErrorResponses.of(ex);
	}

	private List<String> row(int number, Registration registration, UserSummary person,
			List<SignUpQuestion> questions) {
		List<String> cells = new ArrayList<>();
		cells.add(Integer.toString(number));
		cells.add((person != null) ? person.nickname() : "");
		cells.add((person != null) ? person.maskedPhone() : "");
		cells.add((person != null) ? person.orgUnitName() : "");
		cells.add(statusName(registration.getStatus()));
		cells.add(registration.getRegisteredAt().atZoneSameInstant(this.zone).format(TIME));
		cells.add((registration.getCheckedInAt() != null)
				? registration.getCheckedInAt().atZoneSameInstant(this.zone).format(TIME) : "");
		Map<String, String> answers = new HashMap<>();
		SignUpForm.answersOf(registration).forEach((answer) -> answers.put(answer.questionId(), answer.value()));
		questions.forEach((question) -> cells.add(answers.getOrDefault(question.id(), "")));
		return cells;
	}

	private static String statusName(RegistrationStatus status) {
		return switch (status) {
			case CONFIRMED -> "已确认";
			case WAITLISTED -> "候补";
			case CANCELLED -> "已取消";
			case ATTENDED -> "已签到";
			case NO_SHOW -> "未到场";
			case PENDING -> "处理中";
		};
	}

	static void writeRow(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(cell(cells.get(i)));
		}
		writer.write("\r\n");
	}

	/**
	 * Quotes when needed, and prefixes an apostrophe where a spreadsheet would see a
	 * formula.
	 */
	static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
