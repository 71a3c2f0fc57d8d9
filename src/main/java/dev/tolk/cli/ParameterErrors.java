package dev.tolk.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reports a command line tolk cannot parse, without ever echoing a secret: the value of an option
 * whose name says key, token, secret or password, and anything that looks like an Anthropic key,
 * are replaced before the message is printed (CI logs keep what a tool prints).
 */
final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
  private static final Pattern SECRET_OPTION =
      Pattern.compile("(?i)-{1,2}[\\w-]*(key|token|secret|password)[\\w-]*");
  private static final Pattern API_KEY_OPTION =
      Pattern.compile("(?i)-{1,2}[\\w-]*(api|anthropic)[\\w-]*key");
  private static final Pattern KEY_LIKE = Pattern.compile("sk-ant-[\\w-]+");
  private static final String HIDDEN = "***";

  @Override
  public int handleParseException(CommandLine.ParameterException error, String[] args) {
    CommandLine commandLine = error.getCommandLine();
    var err = commandLine.getErr();
    String message = redact(error.getMessage(), args);
    err.println(commandLine.getColorScheme().errorText("tolk: " + message));
    if (mentionsKeyOption(args)) {
      err.println(
          "tolk: the API key is read from the ANTHROPIC_API_KEY environment variable only,"
              + " never from the command line");
    }
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The message with every secret of the command line, and anything key-like, hidden. */
  static String redact(String message, String[] args) {
    String redacted = message;
    for (String secret : secrets(args)) {
      redacted = redacted.replace(secret, HIDDEN);
    }
    Matcher keys = KEY_LIKE.matcher(redacted);
    return keys.replaceAll(HIDDEN);
  }

  private static Set<String> secrets(String[] args) {
    Set<String> secrets = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String name = equals > 0 ? arg.substring(0, equals) : arg;
      if (!SECRET_OPTION.matcher(name).matches() || name.equals("--key")) {
        continue; // --key is tolk's own: a glob of string keys (an API key in it is still hidden)
      }
      if (equals > 0 && equals + 1 < arg.length()) {
        secrets.add(arg.substring(equals + 1));
      } else if (equals < 0 && i + 1 < args.length) {
        secrets.add(args[i + 1]);
      }
    }
    secrets.removeIf(String::isEmpty);
    return secrets;
  }

  private static boolean mentionsKeyOption(String[] args) {
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = equals > 0 ? arg.substring(0, equals) : arg;
      if (API_KEY_OPTION.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }
}
