package cn.zjgh.portal.membership;

/** Showing a person's name to someone who needs to recognise it, not to learn it. */
final class Names {

	private Names() {
	}

	/**
	 * 王建国 → 王*国, 张伟 → 张*, 欧阳娜娜 → 欧**娜: the first and (from three characters) the last
	 * character kept, the rest starred.
	 */
	static String mask(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		int[] chars = name.strip().codePoints().toArray();
		if (chars.length == 1) {
			return "*";
		}
		StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
		if (chars.length == 2) {
			return masked.append('*').toString();
		}
		masked.append("*".repeat(chars.length - 2));
		return masked.appendCodePoint(chars[chars.length - 1]).toString();
	}

}
