package cn.zjgh.portal.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration rush for the failover tests: logged-in workers all register for one
 * event at the same moment, and the test breaks a server once some of them have been
 * answered. An answer is {@code [status or error code, registration id]}.
 */
final class RegistrationRush implements AutoCloseable {

	private final ExecutorService pool = Executors.newFixedThreadPool(24);

	private final List<String> tokens;

	private final List<Future<String[]>> results = new ArrayList<>();

	private long startedAt;

	/** Logs the workers in: {@code login} gives worker {@code i}'s token. */
	RegistrationRush(int workers, IntFunction<String> login) throws InterruptedException {
		this.tokens = this.pool
			.invokeAll(IntStream.range(0, workers).mapToObj((i) -> (Callable<String>) () -> login.apply(i)).toList())
			.stream()
			.map(RegistrationRush::join)
			.toList();
	}

	/**
	 * Sends every worker's registration at once and returns when {@code answeredFirst} of
	 * them have been answered; the rest go on.
	 */
	void start(Registrar registrar, int answeredFirst) throws InterruptedException {
		CountDownLatch answered = new CountDownLatch(answeredFirst);
		CountDownLatch start = new CountDownLatch(1);
		for (String token : this.tokens) {
			this.results.add(this.pool.submit(() -> {
				start.await();
				try {
					return registrar.register(token);
				}
				finally {
					answered.countDown();
				}
			}));
		}
		this.startedAt = System.nanoTime();
		start.countDown();
		answered.await();
	}

	long startedAt() {
		return this.startedAt;
	}

	/** Every answer, once all have come. */
	List<String[]> answers() {
		return this.results.stream().map(RegistrationRush::join).toList();
	}

	/** The body of a registration for the event, as the mini-program sends it. */
	static String registration(long eventId) {
		return "{\"query\":\"mutation { registerForEvent(input: {eventId: " + eventId
				+ "}) { registration { id status } } }\"}";
	}

	/** The registration's status and id, or the error code. */
	static String[] answerOf(String response) {
		if (response.contains("\"errors\"")) {
			return new String[] { EventFixtures.field(response, "code"), null };
		}
		return new String[] { EventFixtures.field(response, "status"), EventFixtures.field(response, "id") };
	}

	static Map<String, Long> outcome(List<String[]> answers) {
		return answers.stream().collect(Collectors.groupingBy((answer) -> answer[0], Collectors.counting()));
	}

	/**
	 * Exactly the seats confirmed, the others waitlisted, every worker's registration
	 * stored, and the confirmed answers exactly the confirmed rows.
	 */
	static void assertNoneLostAndExactlyTheSeats(JdbcTemplate jdbc, long eventId, List<String[]> answers, int seats) {
		assertThat(outcome(answers)).containsEntry("CONFIRMED", (long) seats)
			.containsEntry("WAITLISTED", (long) (answers.size() - seats))
			.hasSize(2);
		Set<Long> confirmedAnswers = answers.stream()
			.filter((answer) -> "CONFIRMED".equals(answer[0]))
			.map((answer) -> Long.valueOf(answer[1]))
			.collect(Collectors.toSet());
		Set<Long> confirmedRows = new HashSet<>(jdbc.queryForList(
				"SELECT id FROM registration WHERE event_id = ? AND status = 'CONFIRMED'", Long.class, eventId));
		assertThat(confirmedRows).isEqualTo(confirmedAnswers);
		assertThat(jdbc.queryForObject("SELECT confirmed_count FROM event WHERE id = ?", Integer.class, eventId))
			.isEqualTo(seats);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM registration WHERE event_id = ?", Integer.class, eventId))
			.isEqualTo(answers.size());
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

	private static <T> T join(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One worker's registration, by their token. */
	interface Registrar {

		String[] register(String token) throws Exception;

	}

}
