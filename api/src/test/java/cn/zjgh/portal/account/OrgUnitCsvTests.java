package cn.zjgh.portal.account;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import cn.zjgh.portal.account.OrgUnitCsv.Checked;
import cn.zjgh.portal.account.OrgUnitCsv.Problem;
import cn.zjgh.portal.account.OrgUnitCsv.Unit;
import cn.zjgh.portal.account.OrgUnitMapper.ImportedUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgUnitCsvTests {

	private static final String HEADER = "code,parent_code,name,level,city_code\n";

	@Test
	void everyBadLineIsReportedWithItsNumberAndReason() throws IOException {
		Checked checked = check(HEADER + """
				P,,省总工会,PROVINCE,330000
				C1,NOPE,甲市总工会,CITY,330100
				C2,P,乙县总工会,COUNTY,330200
				C3,P,丙市总工会,CITY,330300
				C3,P,丁市总工会,CITY,330400
				C5,P,戊市总工会,CITY,3305
				C6,P,,CITY,330600
				C7,P,己市总工会,STREET,330700
				C8,P,庚市总工会,CITY
				C9,,辛市总工会,CITY,
				C10,P,丙市总工会,CITY,
				E1,C3,某公司工会,ENTERPRISE,
				"C 11",P,壬市总工会,CITY,
				""", List.of());

		assertThat(checked.ok()).isFalse();
		assertThat(checked.units()).isEmpty();
		assertThat(checked.problems()).extracting(Problem::toString)
			.containsExactly("line 3: unknown parent NOPE",
					"line 4: wrong level: COUNTY cannot sit under PROVINCE (expected CITY)",
					"line 6: duplicate code C3 (first on line 5)", "line 7: bad city code '3305' (6 digits)",
					"line 8: empty name",
					"line 9: unknown level 'STREET' (PROVINCE, CITY, COUNTY, TOWNSHIP or ENTERPRISE)",
					"line 10: expected 5 columns (code,parent_code,name,level,city_code), found 4",
					"line 11: wrong level: only a PROVINCE has no parent, not a CITY",
					"line 12: name 丙市总工会 is already used under the same parent, by line 5",
					"line 13: wrong level: ENTERPRISE cannot sit under CITY (expected COUNTY)",
					"line 14: bad code 'C 11' (1 to 32 letters, digits, '-' or '_')");
	}

	@Test
	void aMissingHeaderIsALineToo() throws IOException {
		assertThat(check("P,,省总工会,PROVINCE,330000\n", List.of()).problems()).extracting(Problem::line)
			.containsExactly(1);
		assertThat(check("", List.of()).problems()).extracting(Problem::line).containsExactly(1);
	}

	@Test
	void parentsComeBeforeChildrenWhateverTheOrderOfTheFile() throws IOException {
		Checked checked = check("\uFEFF" + HEADER + """
				T,K,"街道, 总工会",TOWNSHIP,
				K,C,区总工会,COUNTY,330102

				C,P,市总工会,CITY,330100
				P,,省总工会,PROVINCE,330000
				""", List.of());

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.units()).extracting(Unit::code).containsExactly("P", "C", "K", "T");
		assertThat(checked.units().get(3).name()).isEqualTo("街道, 总工会");
	}

	@Test
	void theFileIsCheckedAgainstTheTreeInTheDatabase() throws IOException {
		List<ImportedUnit> stored = List.of(new ImportedUnit(1, "P", null, "省总工会", OrgUnitLevel.PROVINCE, null, false),
				new ImportedUnit(2, "C", "P", "市总工会", OrgUnitLevel.CITY, 1L, false),
				new ImportedUnit(3, null, "C", "无代码区总工会", OrgUnitLevel.COUNTY, 2L, false),
				new ImportedUnit(4, "SHUT", "P", "已撤销市总工会", OrgUnitLevel.CITY, 1L, true),
				new ImportedUnit(5, "C2", "P", "另一市总工会", OrgUnitLevel.CITY, 1L, false));

		Checked checked = check(HEADER + """
				K1,C,新区总工会,COUNTY,330109
				K2,C,无代码区总工会,COUNTY,
				K3,SHUT,某区总工会,COUNTY,
				C2,C,另一市总工会,COUNTY,
				C,P,市总工会（改名）,CITY,330100
				""", stored);

		assertThat(checked.problems()).extracting(Problem::toString)
			.containsExactly(
					"line 3: name 无代码区总工会 is already used under the same parent, by the unit 无代码区总工会 in the database",
					"line 4: parent SHUT is closed",
					"line 5: unit C2 is a CITY in the database; its level cannot change",
					"line 5: unit C2 sits under P in the database; move it with moveOrgUnit");
	}

	@Test
	void quotedFieldsMayHoldCommasAndQuotes() {
		assertThat(OrgUnitCsv.fields("a,\"b, \"\"c\"\"\", d ")).containsExactly("a", "b, \"c\"", "d");
		assertThat(OrgUnitCsv.fields("a,\"b")).isNull();
	}

	private static Checked check(String csv, List<ImportedUnit> stored) throws IOException {
		return OrgUnitCsv.check(new StringReader(csv), stored);
	}

}
