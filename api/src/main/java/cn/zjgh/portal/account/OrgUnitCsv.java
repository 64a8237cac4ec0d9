package cn.zjgh.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.zjgh.portal.account.OrgUnitMapper.ImportedUnit;

/**
 * An org tree file, {@code code,parent_code,name,level,city_code} with that header line,
 * and the check of every line against the rest of the file and the tree in the database.
 * A unit's parent is named by code: a unit of the file or of the database; a root has an
 * empty parent code and is a province.
 */
final class OrgUnitCsv {

	static final String HEADER = "code,parent_code,name,level,city_code";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final Pattern CITY_CODE = Pattern.compile("\\d{6}");

	private static final int MAX_NAME = 100;

	private OrgUnitCsv() {
	}

	/** One unit of the file; level is null when the file's level is not one of ours. */
	record Unit(int line, String code, String parentCode, String name, OrgUnitLevel level, String cityCode) {
	}

	/** What is wrong with one line. */
	record Problem(int line, String reason) {

		@Override
		public String toString() {
			return "line " + this.line + ": " + this.reason;
		}

	}

	/**
	 * The file's units in the order they can be imported (parents first), or its
	 * problems.
	 */
	record Checked(List<Unit> units, List<Problem> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Reads and checks every line; the units are returned only when no line has a
	 * problem.
	 */
	static Checked check(Reader csv, List<ImportedUnit> existing) throws IOException {
		List<Problem> problems = new ArrayList<>();
		List<Unit> units = read(csv, problems);
		problems.addAll(check(units, existing));
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(Problem::line));
			return new Checked(List.of(), List.copyOf(problems));
		}
		List<Unit> ordered = new ArrayList<>(units);
		ordered.sort(Comparator.comparing(Unit::level).thenComparingInt(Unit::line));
		return new Checked(List.copyOf(ordered), List.of());
	}

	private static List<Unit> read(Reader csv, List<Problem> problems) throws IOException {
		BufferedReader lines = new BufferedReader(csv);
		List<Unit> units = new ArrayList<>();
		String text = lines.readLine();
		if (text == null) {
			problems.add(new Problem(1, "the file is empty; the first line is the header " + HEADER));
			return units;
		}
		if (!text.replace("\uFEFF", "").strip().equalsIgnoreCase(HEADER)) {
			problems.add(new Problem(1, "the first line must be the header " + HEADER));
		}
		int number = 1;
		while ((text = lines.readLine()) != null) {
			number++;
			if (text.isBlank()) {
				continue;
			}
			List<String> fields = fields(text);
			if (fields == null) {
				problems.add(new Problem(number, "a quoted field is not closed"));
				continue;
			}
			if (fields.size() != 5) {
				problems.add(new Problem(number, "expected 5 columns (" + HEADER + "), found " + fields.size()));
				continue;
			}
			String level = fields.get(3).toUpperCase(Locale.ROOT);
			units.add(new Unit(number, fields.get(0), fields.get(1), fields.get(2), levelNamed(level), fields.get(4)));
			if (levelNamed(level) == null) {
				problems.add(new Problem(number,
						"unknown level '" + fields.get(3) + "' (PROVINCE, CITY, COUNTY, TOWNSHIP or ENTERPRISE)"));
			}
		}
		return units;
	}

	private static List<Problem> check(List<Unit> units, List<ImportedUnit> existing) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Unit> byCode = new HashMap<>();
		Map<String, ImportedUnit> stored = new HashMap<>();
		for (ImportedUnit unit : existing) {
			if (unit.code() != null) {
				stored.put(unit.code(), unit);
			}
		}
		for (Unit unit : units) {
			if (!CODE.matcher(unit.code()).matches()) {
				problems.add(new Problem(unit.line(),
						"bad code '" + unit.code() + "' (1 to 32 letters, digits, '-' or '_')"));
				continue;
			}
			Unit first = byCode.putIfAbsent(unit.code(), unit);
			if (first != null) {
				problems.add(new Problem(unit.line(),
						"duplicate code " + unit.code() + " (first on line " + first.line() + ")"));
			}
		}
		// parent key + name -> the line or unit that holds that name there
		Map<String, String> names = new HashMap<>();
		for (ImportedUnit unit : existing) {
			if (unit.code() == null || !byCode.containsKey(unit.code())) {
				names.put(siblingKey(storedParentKey(unit), unit.name()), "the unit " + unit.name()
						+ ((unit.code() != null) ? " (" + unit.code() + ")" : "") + " in the database");
			}
		}
		for (Unit unit : units) {
			if (byCode.get(unit.code()) != unit) {
				continue;
			}
			int line = unit.line();
			if (unit.name().isEmpty()) {
				problems.add(new Problem(line, "empty name"));
			}
			else if (unit.name().length() > MAX_NAME) {
				problems.add(new Problem(line, "name longer than " + MAX_NAME + " characters"));
			}
			else if (unit.name().chars().anyMatch(Character::isISOControl)) {
				problems.add(new Problem(line, "name holds a control character"));
			}
			if (!unit.cityCode().isEmpty() && !CITY_CODE.matcher(unit.cityCode()).matches()) {
				problems.add(new Problem(line, "bad city code '" + unit.cityCode() + "' (6 digits)"));
			}
			checkParent(unit, byCode, stored, problems);
			ImportedUnit before = stored.get(unit.code());
			if (before != null && unit.level() != null && before.level() != unit.level()) {
				problems.add(new Problem(line, "unit " + unit.code() + " is a " + before.level()
						+ " in the database; its level cannot change"));
			}
			if (before != null && !unit.parentCode().equals(nullToEmpty(before.parentCode()))) {
				problems.add(new Problem(line,
						"unit " + unit.code() + " sits under "
								+ (before.parentCode() != null ? before.parentCode() : "no unit")
								+ " in the database; move it with moveOrgUnit"));
			}
			if (!unit.name().isEmpty()) {
				String taken = names.putIfAbsent(siblingKey(parentKey(unit.parentCode()), unit.name()), "line " + line);
				if (taken != null) {
					problems.add(new Problem(line,
							"name " + unit.name() + " is already used under the same parent, by " + taken));
				}
			}
		}
		return problems;
	}

	private static void checkParent(Unit unit, Map<String, Unit> byCode, Map<String, ImportedUnit> stored,
			List<Problem> problems) {
		int line = unit.line();
		if (unit.parentCode().isEmpty()) {
			if (unit.level() != null && unit.level() != OrgUnitLevel.PROVINCE) {
				problems.add(new Problem(line, "wrong level: only a PROVINCE has no parent, not a " + unit.level()));
			}
			return;
		}
		if (unit.parentCode().equals(unit.code())) {
			problems.add(new Problem(line, "a unit cannot be its own parent"));
			return;
		}
		OrgUnitLevel parentLevel;
		Unit inFile = byCode.get(unit.parentCode());
		ImportedUnit inDatabase = stored.get(unit.parentCode());
		if (inFile != null) {
			parentLevel = inFile.level();
		}
		else if (inDatabase != null) {
			parentLevel = inDatabase.level();
		}
		else {
			problems.add(new Problem(line, "unknown parent " + unit.parentCode()));
			return;
		}
		if (inDatabase != null && inDatabase.closed() && !stored.containsKey(unit.code())) {
			problems.add(new Problem(line, "parent " + unit.parentCode() + " is closed"));
		}
		if (unit.level() != null && parentLevel != null && parentLevel.below() != unit.level()) {
			problems.add(new Problem(line,
					"wrong level: " + unit.level() + " cannot sit under " + parentLevel + " ("
							+ ((parentLevel.below() != null) ? "expected " + parentLevel.below()
									: "nothing sits under an ENTERPRISE")
							+ ")"));
		}
	}

	private static String parentKey(String parentCode) {
		return parentCode.isEmpty() ? "root" : "code:" + parentCode;
	}

	private static String storedParentKey(ImportedUnit unit) {
		if (unit.parentId() == null) {
			return "root";
		}
		return (unit.parentCode() != null) ? "code:" + unit.parentCode() : "id:" + unit.parentId();
	}

	private static String siblingKey(String parentKey, String name) {
		return parentKey + "\u0000" + name;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static OrgUnitLevel levelNamed(String name) {
		for (OrgUnitLevel level : OrgUnitLevel.values()) {
			if (level.name().equals(name)) {
				return level;
			}
		}
		return null;
	}

	/**
	 * The fields of one line, each stripped; a field may be quoted ({@code "a, b"}, with
	 * {@code ""} for a quote). Null when a quote is not closed.
	 */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString().strip());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		fields.add(field.toString().strip());
		return fields;
	}

}
