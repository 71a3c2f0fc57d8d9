package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.support.Tolk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion, man page, and the help and version the launcher prints without Java. */
class ShellFilesTest {
  @TempDir Path folder;

  @Test
  void generated_from_the_command_definitions() throws Exception {
    ShellFiles.main(new String[] {folder.toString()});
    String help = Files.readString(folder.resolve("help.txt"));
    assertEquals(new Tolk(folder).run("--help").out(), help, "the launcher's help is tolk's");
    assertEquals(
        new Tolk(folder).run("--version").out(), Files.readString(folder.resolve("version.txt")));

    String man = Files.readString(folder.resolve("tolk.1"));
    assertTrue(man.startsWith(".TH TOLK 1"), man);
    for (String command : new String[] {"run", "review", "status", "init", "check", "resume"}) {
      assertTrue(man.contains(".SS " + command + "\n"), command);
    }
    assertTrue(man.contains(".B \\-\\-sync"), "options are listed");
    assertTrue(man.contains(".SH EXIT STATUS"), man);

    Path completion = folder.resolve("tolk.bash");
    String script = Files.readString(completion);
    assertTrue(
        script.contains("status") && script.contains("--use-batch-api"), "commands and options");
    Process bash =
        new ProcessBuilder("bash", "-c", "source '" + completion + "' && complete -p tolk")
            .redirectErrorStream(true)
            .start();
    assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
    String registered = new String(bash.getInputStream().readAllBytes());
    assertEquals(0, bash.exitValue(), registered);
    assertTrue(registered.contains("tolk"), registered);
  }

  @Test
  void the_launcher_answers_help_and_version_itself_and_passes_everything_else_to_java()
      throws Exception {
    String stub = Files.readString(Path.of("src/main/launcher/tolk.sh"));
    Path launcher = folder.resolve("tolk");
    Files.writeString(
        launcher,
        stub.replace("@VERSION@", "9.9.9").replace("@HELP@", "Usage: tolk [-hV] [COMMAND]\n"));
    assertEquals("tolk 9.9.9\n", sh(launcher, "--version"));
    assertEquals("Usage: tolk [-hV] [COMMAND]\n", sh(launcher, "-h"));
    // anything else goes to java -jar: here no jar follows the stub, so java says so
    assertTrue(sh(launcher, "run").contains("jar"), "handed to java");
  }

  private static String sh(Path launcher, String argument) throws Exception {
    Process process =
        new ProcessBuilder("sh", launcher.toString(), argument).redirectErrorStream(true).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new String(process.getInputStream().readAllBytes());
  }
}
