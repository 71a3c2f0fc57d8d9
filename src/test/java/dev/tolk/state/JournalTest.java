package dev.tolk.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @TempDir Path folder;

  @Test
  void events_are_appended_and_read_back_in_order() {
    Journal journal = new Journal(folder.resolve("run/journal.jsonl"));
    journal.append(new JournalEvent.Submitting("requests/batch-000.jsonl", 3, AT));
    journal.append(
        new JournalEvent.Submitted(
            "requests/batch-000.jsonl", "msgbatch_1", "2026-12-01T10:00:01Z", null, false));
    List<JournalEvent> events = journal.read();
    assertEquals(2, events.size());
    assertEquals("msgbatch_1", ((JournalEvent.Submitted) events.get(1)).batch());
  }

  @Test
  void a_torn_last_line_is_ignored_and_cut_off_before_the_next_append() throws Exception {
    Path file = folder.resolve("journal.jsonl");
    Files.writeString(
        file, "{\"event\":\"collected\",\"file\":\"f\",\"batch\":\"b\"}\n{\"event\":\"subm");
    Journal journal = new Journal(file);
    assertEquals(1, journal.read().size());
    journal.append(new JournalEvent.Collected("g", "c"));
    assertEquals(
        "{\"event\":\"collected\",\"file\":\"f\",\"batch\":\"b\"}\n"
            + "{\"v\":3,\"event\":\"collected\",\"file\":\"g\",\"batch\":\"c\"}\n",
        Files.readString(file));
  }

  @Test
  void damage_before_the_last_line_is_an_error() throws Exception {
    Path file = folder.resolve("journal.jsonl");
    Files.writeString(
        file, "{\"event\":\"finished\",\"status\":\"OK\",\"at\":\"" + AT + "\"}\nnot json\n{}\n");
    Journal.DamagedJournal error =
        assertThrows(Journal.DamagedJournal.class, () -> new Journal(file).read());
    assertTrue(
        error.getMessage().contains("journal.jsonl:2: damaged journal line (not JSON)"),
        error.getMessage());
    assertTrue(error.getMessage().contains("`tolk runs abandon "), error.getMessage());
  }

  @Test
  void every_event_survives_the_codec_and_a_newer_journal_is_refused() throws Exception {
    StoredRequest request =
        new StoredRequest(
            Path.of("/p/tolk.yaml"),
            null,
            null,
            new StoredRequest.Settings(
                "en", List.of("ru", "ja"), "claude", null, 4, null, "5s", null));
    List<JournalEvent> events =
        List.of(
            new JournalEvent.RequestRecorded(request),
            new JournalEvent.RunStarted("20261201-100000-abcd", "claude-sonnet-5", AT),
            new JournalEvent.Prepared("requests/batch-000.jsonl", 0, 12, 3456, "ab12"),
            new JournalEvent.Submitting("requests/batch-000.jsonl", 12, AT),
            new JournalEvent.Submitted("requests/batch-000.jsonl", "msgbatch_1", "c", "e", true),
            new JournalEvent.CreateFailed("requests/batch-001.jsonl", "no answer", false),
            new JournalEvent.Ambiguous(
                "requests/batch-001.jsonl", List.of("msgbatch_7", "msgbatch_8")),
            new JournalEvent.Disowned("requests/batch-001.jsonl", "msgbatch_7", "foreign ids"),
            new JournalEvent.Split(
                "requests/batch-001.jsonl",
                List.of("requests/batch-003.jsonl", "requests/batch-004.jsonl")),
            new JournalEvent.Rejected("requests/batch-001.jsonl", "HTTP 400"),
            new JournalEvent.Collected("requests/batch-000.jsonl", "msgbatch_1"),
            new JournalEvent.ResultsGone("requests/batch-002.jsonl", "msgbatch_2", "archived"),
            new JournalEvent.Finished("OK", AT));
    Journal journal = new Journal(folder.resolve("journal.jsonl"));
    events.forEach(journal::append);
    assertEquals(events, journal.read());

    Files.writeString(
        folder.resolve("newer.jsonl"), "{\"v\":4,\"event\":\"finished\",\"status\":\"OK\"}\n");
    var newer =
        assertThrows(
            dev.tolk.core.ConfigurationException.class,
            () -> new Journal(folder.resolve("newer.jsonl")).read());
    assertTrue(newer.getMessage().contains("written by a newer tolk (journal version 4)"));
  }

  @Test
  void a_first_version_request_event_is_read_into_the_stored_request() throws Exception {
    Path file = folder.resolve("journal.jsonl");
    Files.writeString(
        file,
        "{\"event\":\"request\",\"request\":{\"config_file\":\"/p/tolk.yaml\",\"targets\":[\"fr\"],"
            + "\"concurrency\":null,\"force\":false,\"dry_run\":false,\"use_batch_api\":true,"
            + "\"poll_interval\":\"2s\",\"no_wait\":false}}\n");
    StoredRequest stored =
        ((JournalEvent.RequestRecorded) new Journal(file).read().get(0)).request();
    assertEquals(Path.of("/p/tolk.yaml"), stored.configFile());
    assertEquals(List.of("fr"), stored.settings().targets());
    assertEquals("2s", stored.settings().pollInterval());
  }
}
