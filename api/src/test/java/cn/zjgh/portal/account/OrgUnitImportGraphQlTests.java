package cn.zjgh.portal.account;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.account.OrgUnitCsv.Problem;
import cn.zjgh.portal.account.OrgUnitImport.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing the org tree from a file, into the demo tree (温州, code 330300). */
class OrgUnitImportGraphQlTests extends PortalGraphQlTests {

	private static final String HEADER = "code,parent_code,name,level,city_code\n";

	@Autowired
	private OrgUnitImport importer;

	private String prefix;

	@BeforeEach
	void freshCodes() {
		this.prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aCleanFileImportsOnceAndAgainChangesNothingButWhatChanged() throws IOException {
		String file = HEADER + """
				%1$sE1,%1$sT1,导入测试甲公司工会,ENTERPRISE,
				%1$sK,330300,导入测试%1$s区总工会,COUNTY,330399
				%1$sT1,%1$sK,导入测试一街道总工会,TOWNSHIP,
				%1$sT2,%1$sK,导入测试二街道总工会,TOWNSHIP,
				%1$sE2,%1$sT1,导入测试乙公司工会,ENTERPRISE,
				""".formatted(this.prefix);

		Result first = this.importer.run(new StringReader(file), (line) -> {
		});
		assertThat(first.problems()).isEmpty();
		assertThat(first.inserted()).isEqualTo(5);

		long county = unit("K");
		this.graphQlTester.document("""
				query($id: ID!) { orgUnit(id: $id) { code level regionCode closed pathNames childCount } }
				""")
			.variable("id", county)
			.execute()
			.path("orgUnit.code")
			.entity(String.class)
			.isEqualTo(this.prefix + "K")
			.path("orgUnit.level")
			.entity(String.class)
			.isEqualTo("COUNTY")
			.path("orgUnit.regionCode")
			.entity(String.class)
			.isEqualTo("330399")
			.path("orgUnit.closed")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("orgUnit.pathNames")
			.entityList(String.class)
			.containsExactly("浙江省总工会", "温州市总工会", "导入测试" + this.prefix + "区总工会")
			.path("orgUnit.childCount")
			.entity(Integer.class)
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT parent_id FROM org_unit WHERE id = ?", Long.class, unit("E2")))
			.isEqualTo(unit("T1"));
		String paths = pathsOfTheFile();

		Result again = this.importer.run(new StringReader(file), (line) -> {
		});
		assertThat(List.of(again.inserted(), again.updated(), again.unchanged())).containsExactly(0, 0, 5);
		assertThat(pathsOfTheFile()).isEqualTo(paths);

		Result renamed = this.importer.run(new StringReader(file.replace("导入测试乙公司工会", "导入测试丙公司工会")), (line) -> {
		});
		assertThat(List.of(renamed.inserted(), renamed.updated(), renamed.unchanged())).containsExactly(0, 1, 4);
		assertThat(this.jdbc.queryForObject("SELECT name FROM org_unit WHERE id = ?", String.class, unit("E2")))
			.isEqualTo("导入测试丙公司工会");
	}

	@Test
	void aFileWithABadLineImportsNothing() throws IOException {
		String file = HEADER + """
				%1$sK,330300,导入测试%1$s区总工会,COUNTY,330399
				%1$sT1,%1$sK,导入测试一街道总工会,TOWNSHIP,
				%1$sT2,%1$sX,导入测试二街道总工会,TOWNSHIP,
				%1$sE1,%1$sK,导入测试甲公司工会,ENTERPRISE,33
				""".formatted(this.prefix);

		Result result = this.importer.run(new StringReader(file), (line) -> {
		});

		assertThat(result.problems()).extracting(Problem::toString)
			.containsExactly("line 4: unknown parent " + this.prefix + "X", "line 5: bad city code '33' (6 digits)",
					"line 5: wrong level: ENTERPRISE cannot sit under COUNTY (expected TOWNSHIP)");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM org_unit WHERE code LIKE ?", Integer.class,
				this.prefix + "%"))
			.isZero();
	}

	@Test
	void progressIsToldAtEveryTenth() throws IOException {
		StringBuilder file = new StringBuilder(HEADER)
			.append("%1$sK,330300,导入测试%1$s区总工会,COUNTY,\n".formatted(this.prefix));
		for (int t = 0; t < 9; t++) {
			file.append("%1$sT%2$d,%1$sK,导入测试%2$d街道总工会,TOWNSHIP,\n".formatted(this.prefix, t));
		}
		for (int e = 0; e < 2990; e++) {
			file.append("%1$sE%2$d,%1$sT%3$d,导入测试%2$d公司工会,ENTERPRISE,\n".formatted(this.prefix, e, e % 9));
		}
		List<String> progress = new ArrayList<>();

		Result result = this.importer.run(new StringReader(file.toString()), progress::add);

		assertThat(result.inserted()).isEqualTo(3000);
		assertThat(progress).extracting((line) -> Integer.parseInt(line.substring(0, 3).strip()))
			.containsExactly(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
		assertThat(progress.get(9)).contains("3000 of 3000 units");
	}

	private long unit(String code) {
		return this.jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, this.prefix + code);
	}

	private String pathsOfTheFile() {
		return String.join(";",
				this.jdbc.queryForList(
						"SELECT code || '=' || path::text || '/' || name FROM org_unit WHERE code LIKE ? ORDER BY code",
						String.class, this.prefix + "%"));
	}

}
