package cn.zjgh.portal.shared;

/** Keyword search with SQL LIKE: the words are matched literally, wildcards included. */
public final class LikePattern {

	private LikePattern() {
	}

	/** A pattern matching the keyword anywhere, or null when there is no keyword. */
	public static String containing(String keyword) {
		if (keyword == null || keyword.isBlank()) {
			return null;
		}
		return "%" + keyword.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
