package cn.zjgh.portal.shared;

/**
 * A rule of the domain said no. The message is shown to the caller, so it says what went
 * wrong in words a worker or organizer understands. It carries no stack trace: it is an
 * answer, not a fault, and a registration rush throws thousands of them a second.
 */
public class DomainException extends RuntimeException {

	private final ErrorCode code;

	public DomainException(ErrorCode code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	public ErrorCode code() {
		return this.code;
	}

	public static DomainException notFound(String what, Object id) {
		return new DomainException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist");
	}

	/** {@code found}, or NOT_FOUND for {@code what} {@code id} when it is null. */
	public static <T> T requireFound(T found, String what, Object id) {
		if (found == null) {
			throw notFound(what, id);
		}
		return found;
	}

	public static DomainException badInput(String field, String problem) {
		return new FieldException(field, problem);
	}

	public static DomainException forbidden(String message) {
		return new DomainException(ErrorCode.FORBIDDEN, message);
	}

	/** Bad input in a named field; the field is reported in {@code extensions.field}. */
	public static final class FieldException extends DomainException {

		private final String field;

		FieldException(String field, String problem) {
			super(ErrorCode.BAD_USER_INPUT, field + ": " + problem);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

}
