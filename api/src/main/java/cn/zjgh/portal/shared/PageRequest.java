package cn.zjgh.portal.shared;

import java.time.OffsetDateTime;

/**
 * The {@code first}/{@code after} arguments of a connection, validated. A page larger
 * than {@link #MAX_SIZE} is refused rather than silently clamped, so a client never
 * believes it has seen everything when it has not.
 */
public record PageRequest(int size, Cursor after) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 50;

	public static PageRequest of(Integer first, String after) {
		int size = (first != null) ? first : DEFAULT_SIZE;
		if (size < 1 || size > MAX_SIZE) {
			throw DomainException.badInput("first", "must be between 1 and " + MAX_SIZE + ", was " + size);
		}
		Cursor cursor = (after != null && !after.isBlank()) ? Cursor.decode(after) : null;
		return new PageRequest(size, cursor);
	}

	public boolean hasCursor() {
		return this.after != null;
	}

	/**
	 * The id of the last row seen, for lists ordered by id alone; null on the first page.
	 */
	public Long afterId() {
		return afterLong(0);
	}

	/** The cursor's key at {@code index}, or null on the first page. */
	public String afterKey(int index) {
		return hasCursor() ? this.after.key(index) : null;
	}

	public Long afterLong(int index) {
		return hasCursor() ? this.after.longKey(index) : null;
	}

	public Double afterDouble(int index) {
		return hasCursor() ? this.after.doubleKey(index) : null;
	}

	public OffsetDateTime afterTime(int index) {
		return hasCursor() ? this.after.timeKey(index) : null;
	}

	/** Rows to fetch: one more than the page, to learn whether a next page exists. */
	public int fetchSize() {
		return this.size + 1;
	}

}
