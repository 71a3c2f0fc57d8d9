package dev.tolk.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultLinesTest {
  private static final String SUCCEEDED =
      "{\"custom_id\":\"my-second-request\",\"result\":{\"type\":\"succeeded\",\"message\":{\"id\":\"msg_014VwiXbi91y3JMjcpyGBHX5\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-opus-5\",\"content\":[{\"type\":\"text\",\"text\":\"Hello again!\"}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":11,\"output_tokens\":36}}}}";
  private static final String ERRORED =
      "{\"custom_id\":\"23\",\"result\":{\"type\":\"errored\",\"error\":{\"type\":\"error\",\"error\":{\"details\":{\"error_visibility\":\"user_facing\"},\"type\":\"invalid_request_error\",\"message\":\"max_tokens: 100000 > 64000\"},\"request_id\":null}}}";

  private static List<BatchResult> read(String text) throws Exception {
    List<BatchResult> results = new ArrayList<>();
    try (ResultLines lines = new ResultLines(new StringReader(text))) {
      lines.forEachRemaining(results::add);
    }
    return results;
  }

  @Test
  void reads_every_result_type_of_the_documented_shapes() throws Exception {
    List<BatchResult> results =
        read(
            SUCCEEDED
                + "\n"
                + ERRORED
                + "\n{\"custom_id\":\"req-4\",\"result\":{\"type\":\"canceled\"}}\n"
                + "{\"custom_id\":\"req-5\",\"result\":{\"type\":\"expired\"}}\n{\"custom_id\":\"req-6\",\"result\":{\"type\":\"deferred\"}}\n");
    BatchResult.Succeeded succeeded = assertInstanceOf(BatchResult.Succeeded.class, results.get(0));
    assertEquals("Hello again!", succeeded.message().content().get(0).text());
    assertEquals(36, succeeded.message().usage().output());
    BatchResult.Errored errored = assertInstanceOf(BatchResult.Errored.class, results.get(1));
    assertTrue(errored.invalidRequest());
    assertInstanceOf(BatchResult.Canceled.class, results.get(2));
    assertInstanceOf(BatchResult.Expired.class, results.get(3));
    assertEquals("deferred", assertInstanceOf(BatchResult.Unknown.class, results.get(4)).type());
  }

  @Test
  void blank_lines_and_crlf_are_tolerated_and_a_last_line_without_newline_counts()
      throws Exception {
    assertEquals(2, read("\r\n" + SUCCEEDED + "\r\n\r\n" + ERRORED).size());
  }

  @Test
  void a_truncated_line_is_detected() {
    String cut = SUCCEEDED + "\n" + ERRORED.substring(0, 40);
    ResultLines.DamagedResults error =
        assertThrows(ResultLines.DamagedResults.class, () -> read(cut));
    assertEquals("results line 2 is not complete JSON (a cut-off download?)", error.getMessage());
  }
}
