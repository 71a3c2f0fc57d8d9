package dev.tolk.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** tolk(1) in roff, from the command definitions: every command, its options and exit codes. */
final class ManPage {
  private ManPage() {}

  static String of(CommandLine root) {
    CommandSpec spec = root.getCommandSpec();
    StringBuilder man = new StringBuilder();
    man.append(".TH TOLK 1 \"\" \"")
        .append(escape(String.join(" ", spec.version())))
        .append("\" \"User Commands\"\n");
    man.append(".SH NAME\ntolk \\- ")
        .append(escape(String.join(" ", spec.usageMessage().description())))
        .append('\n');
    man.append(".SH SYNOPSIS\n.B tolk\n.I COMMAND\n[\\fIOPTIONS\\fR]\n");
    man.append(".SH COMMANDS\n");
    for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
      CommandSpec sub = command.getValue().getCommandSpec();
      man.append(".SS ")
          .append(escape(command.getKey()))
          .append('\n')
          .append(escape(String.join(" ", sub.usageMessage().description())))
          .append('\n');
      for (PositionalParamSpec parameter : sub.positionalParameters()) {
        man.append(".TP\n.I ")
            .append(escape(parameter.paramLabel()))
            .append('\n')
            .append(escape(String.join(" ", parameter.description())))
            .append('\n');
      }
      for (OptionSpec option : sub.options()) {
        man.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
        if (option.arity().max() > 0) {
          man.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
        }
        man.append('\n').append(escape(String.join(" ", option.description()))).append('\n');
      }
      if (!command.getValue().getSubcommands().isEmpty()) {
        man.append("Subcommands: ")
            .append(escape(String.join(", ", command.getValue().getSubcommands().keySet())))
            .append(".\n");
      }
    }
    man.append(".SH ENVIRONMENT\n");
    for (String line : spec.usageMessage().footer()) {
      if (line.startsWith("  ")) {
        man.append(escape(line.strip())).append("\n.br\n");
      }
    }
    man.append(".SH EXIT STATUS\n");
    for (Map.Entry<String, String> code : spec.usageMessage().exitCodeList().entrySet()) {
      man.append(".TP\n.B ")
          .append(escape(code.getKey().strip()))
          .append('\n')
          .append(escape(code.getValue()))
          .append('\n');
    }
    man.append(".SH SEE ALSO\nThe README of the tolk distribution.\n");
    return man.toString();
  }

  /** Backslashes doubled, and a leading dot or quote kept from being read as a request. */
  private static String escape(String text) {
    String escaped = text.replace("\\", "\\\\").replace("-", "\\-");
    List<String> lines = escaped.lines().toList();
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith(".") || line.startsWith("'")) {
        out.append("\\&");
      }
      out.append(line).append(lines.size() > 1 ? "\n" : "");
    }
    return out.toString().stripTrailing();
  }
}
