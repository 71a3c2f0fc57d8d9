package dev.tolk.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  @TempDir Path folder;

  @Test
  void events_are_appended_and_read_back_in_order() {
    Journal journal = new Journal(folder.resolve("run/journal.jsonl"));
    journal.append(journal.event("a"));
    journal.append(journal.event("b").put("batch", "msgbatch_1"));
    assertEquals(2, journal.read().size());
    assertEquals("msgbatch_1", journal.read().get(1).get("batch").asText());
  }

  @Test
  void a_torn_last_line_is_ignored_and_cut_off_before_the_next_append() throws Exception {
    Path file = folder.resolve("journal.jsonl");
    Files.writeString(file, "{\"event\":\"a\"}\n{\"event\":\"subm");
    Journal journal = new Journal(file);
    assertEquals(1, journal.read().size());
    journal.append(journal.event("b"));
    assertEquals("{\"event\":\"a\"}\n{\"event\":\"b\"}\n", Files.readString(file));
  }

  @Test
  void damage_before_the_last_line_is_an_error() throws Exception {
    Path file = folder.resolve("journal.jsonl");
    Files.writeString(file, "{\"event\":\"a\"}\nnot json\n{\"event\":\"b\"}\n");
    assertThrows(IllegalStateException.class, () -> new Journal(file).read());
  }
}
