package cn.zjgh.portal.account;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import cn.zjgh.portal.account.OrgUnitImport.Result;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar workers-portal.jar import-org-units units.csv}: imports the org tree
 * into the configured database and exits, 0 when the file was imported and 1 when it was
 * not (every bad line is printed). Does nothing when the first argument is another.
 */
@Component
public class ImportOrgUnitsCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String NAME = "import-org-units";

	private final OrgUnitImport importer;

	private final PrintStream out;

	private int exitCode;

	ImportOrgUnitsCommand(OrgUnitImport importer) {
		this.importer = importer;
		this.out = System.out;
	}

	/** Whether these command-line arguments ask for this command. */
	public static boolean isRequested(String... args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!isRequested(args.getSourceArgs())) {
			return;
		}
		List<String> operands = args.getNonOptionArgs();
		if (operands.size() != 2) {
			this.out.println("usage: java -jar workers-portal.jar " + NAME + " units.csv");
			this.exitCode = 1;
			return;
		}
		this.exitCode = importFile(Path.of(operands.get(1)));
	}

	private int importFile(Path file) {
		long started = System.nanoTime();
		Result result;
		try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			this.out.println("Checking and importing " + file);
			result = this.importer.run(csv, this.out::println);
		}
		catch (NoSuchFileException ex) {
			this.out.println("No such file: " + file);
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			this.out.println("Import failed, nothing was imported: " + ex);
			return 1;
		}
		if (!result.ok()) {
			result.problems().forEach(this.out::println);
			this.out.println(result.problems().size() + " bad line(s) in " + file + "; nothing was imported");
			return 1;
		}
		this.out.printf("Imported %s in %.1f s: %d added, %d changed, %d unchanged%n", file,
				(System.nanoTime() - started) / 1e9, result.inserted(), result.updated(), result.unchanged());
		return 0;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
