package cn.zjgh.portal.account;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;

import cn.zjgh.portal.account.OrgUnitCsv.Checked;
import cn.zjgh.portal.account.OrgUnitCsv.Problem;
import cn.zjgh.portal.account.OrgUnitCsv.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the org tree from a file ({@link OrgUnitCsv}): every line is checked first, and
 * a file with any bad line imports nothing; a clean file imports in one transaction,
 * parents before children, in batches. Units are matched by code, so importing the same
 * file again changes nothing and a changed name or city code updates the unit. Units the
 * file does not name are left as they are. Run by {@code import-org-units}, never by a
 * request.
 */
@Service
public class OrgUnitImport {

	/** Units per statement at most; and at least, unless a level has fewer. */
	static final int MAX_BATCH = 1000;

	static final int MIN_BATCH = 100;

	private final OrgUnitMapper orgUnits;

	OrgUnitImport(OrgUnitMapper orgUnits) {
		this.orgUnits = orgUnits;
	}

	/**
	 * What an import did: the file's problems (and nothing imported), or how many units
	 * were added, changed and already as the file says.
	 */
	public record Result(List<Problem> problems, int inserted, int updated, int unchanged) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Checks and imports the file.
	 * @param csv the file
	 * @param progress told at every tenth of the units imported
	 */
	@Transactional
	public Result run(Reader csv, Consumer<String> progress) throws IOException {
		this.orgUnits.lockTree();
		Checked checked = OrgUnitCsv.check(csv, this.orgUnits.findAllForImport());
		if (!checked.ok()) {
			return new Result(checked.problems(), 0, 0, 0);
		}
		List<Unit> units = checked.units();
		// a twentieth of the file per statement, so that progress is told at every tenth
		int batchSize = Math.max(MIN_BATCH, Math.min(MAX_BATCH, units.size() / 20));
		int inserted = 0;
		int updated = 0;
		int reported = 0;
		int start = 0;
		while (start < units.size()) {
			int end = batchEnd(units, start, batchSize);
			for (boolean wasInserted : upsert(units.subList(start, end))) {
				if (wasInserted) {
					inserted++;
				}
				else {
					updated++;
				}
			}
			int tenths = end * 10 / units.size();
			if (tenths > reported) {
				reported = tenths;
				progress.accept(String.format("%3d%%  %d of %d units", tenths * 10, end, units.size()));
			}
			start = end;
		}
		return new Result(List.of(), inserted, updated, units.size() - inserted - updated);
	}

	/**
	 * The end of the batch from {@code start}: at most {@code size} units, all of one
	 * level, so that each unit's parent is stored before the statement that needs it.
	 */
	private static int batchEnd(List<Unit> units, int start, int size) {
		int end = start + 1;
		while (end < units.size() && end - start < size && units.get(end).level() == units.get(start).level()) {
			end++;
		}
		return end;
	}

	private List<Boolean> upsert(List<Unit> batch) {
		int size = batch.size();
		String[] codes = new String[size];
		String[] parentCodes = new String[size];
		String[] names = new String[size];
		String[] levels = new String[size];
		String[] regionCodes = new String[size];
		for (int i = 0; i < size; i++) {
			Unit unit = batch.get(i);
			codes[i] = unit.code();
			parentCodes[i] = unit.parentCode().isEmpty() ? null : unit.parentCode();
			names[i] = unit.name();
			levels[i] = unit.level().name();
			regionCodes[i] = unit.cityCode().isEmpty() ? null : unit.cityCode();
		}
		return this.orgUnits.upsertByCode(codes, parentCodes, names, levels, regionCodes);
	}

}
